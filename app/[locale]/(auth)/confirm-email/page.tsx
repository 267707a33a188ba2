import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { ConfirmEmailForm } from '@/components/auth/confirm-email-form';
import { isConfirmationTokenUsable } from '@/db/queries/email-confirmation';
import { confirmEmailSchema } from '@/lib/validations/email-confirmation';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'auth' });
  return {
    title: t('confirmTitle'),
    robots: { index: false },
    // The token is in the URL. No page-level referrer policy here: the global one (next.config.mjs) sends
    // other sites the origin only, and a `no-referrer` page would post its form with `Origin: null`, which
    // Next's server-action check refuses (a bare 500 without JavaScript).
  };
}

/** The page a confirmation link opens. Reading it changes nothing; its button confirms. */
export default async function ConfirmEmailPage({
  params,
  searchParams,
}: {
  params: LocaleParams;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await pageLocale(params);
  const parsed = confirmEmailSchema.safeParse({ token: (await searchParams).token });
  const token = parsed.success ? parsed.data.token : '';
  const usable = token !== '' && (await isConfirmationTokenUsable(token));
  const t = await getTranslations('auth');
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">{t('confirmTitle')}</h1>
      <ConfirmEmailForm token={token} usable={usable} />
    </>
  );
}
