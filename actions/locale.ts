'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { setUserLocale } from '@/db/queries/users';
import { LOCALE_COOKIE, localizedPath, splitLocale } from '@/i18n/routing';
import { currentPath, getCurrentUser } from '@/server/auth/guards';
import { switchLocaleSchema } from '@/lib/validations/locale';
import { markActionStarted } from '@/lib/http/response-status';

const YEAR = 60 * 60 * 24 * 365;

/**
 * The language switcher (a plain form, so it works without JavaScript): remembers the choice in the
 * NEXT_LOCALE cookie (proxy.ts follows it on URLs without a language), keeps it on a signed-in user's
 * account (their emails and notifications), and opens the same page in that language.
 */
export async function switchLocaleAction(formData: FormData): Promise<void> {
  markActionStarted();
  // A crafted post can hand the action something other than the form (the authorization matrix does):
  // that is a bad request like any other, answered with the page, never a 500.
  const locale = formData instanceof FormData ? formData.get('locale') : undefined;
  const parsed = switchLocaleSchema.safeParse({ locale });
  const { path } = splitLocale(await currentPath());
  if (!parsed.success) redirect(path);
  const chosen = parsed.data.locale;
  (await cookies()).set(LOCALE_COOKIE, chosen, { path: '/', maxAge: YEAR, sameSite: 'lax' });
  const user = await getCurrentUser();
  if (user) await setUserLocale(user.id, chosen);
  redirect(localizedPath(chosen, path));
}
