'use server';

import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { createUser } from '@/db/queries/users';
import { signIn, signOut } from '@/server/auth';
import { countRegistrationAttempt } from '@/server/auth/registration-throttle';
import { throttledMessage } from '@/server/auth/sign-in-throttle';
import { SignInThrottledError } from '@/lib/auth/sign-in-throttled-error';
import { isLocale, localizedPath, splitLocale } from '@/i18n/routing';
import { clientIp } from '@/lib/http/client-ip';
import { refusalTranslator } from '@/lib/errors-text';
import { kickMailDelivery } from '@/server/mail';
import { z } from 'zod';
import { loginSchema, registerSchema } from '@/lib/validations/auth';
import { passwordProblem } from '@/lib/validations/password';
import type { ActionState } from '@/lib/forms/action-state';
import { fieldErrorState, validatedAction } from './safe-action';

/**
 * Where to go once signed in: the callback path in the language of the form (a Vietnamese sign-in page
 * sent back to `/` lands on `/vi`), unless the path names its language itself.
 */
async function inPageLanguage(callbackUrl: string): Promise<string> {
  const locale = await getLocale();
  const hasPrefix = splitLocale(callbackUrl).path !== callbackUrl;
  return hasPrefix || !isLocale(locale) ? callbackUrl : localizedPath(locale, callbackUrl);
}

async function signInWithPassword(email: string, password: string, callbackUrl: string) {
  try {
    await signIn('credentials', { email, password, redirectTo: await inPageLanguage(callbackUrl) });
  } catch (error) {
    // signIn throws its redirect on success: only an AuthError is a failed sign-in.
    if (error instanceof SignInThrottledError) {
      // In the language of the form (the request's locale).
      const locale = await getLocale();
      const translate = await refusalTranslator(isLocale(locale) ? locale : undefined);
      const message = translate(throttledMessage(error.reason, error.retryAfterMs));
      return { status: 'error', message, values: { email } } satisfies ActionState;
    }
    if (error instanceof AuthError) {
      const t = await getTranslations('auth');
      return { status: 'error', message: t('wrongCredentials'), values: { email } } satisfies ActionState;
    }
    throw error;
  }
  return { status: 'success' } satisfies ActionState;
}

export const loginAction = validatedAction(loginSchema, (data) =>
  signInWithPassword(data.email, data.password, data.callbackUrl),
);

export const registerAction = validatedAction(registerSchema, async (data, _user, formData) => {
  const weak = passwordProblem(data.password, [data.email, data.name], await getLocale());
  if (weak) return fieldErrorState(formData, 'password', weak);
  await countRegistrationAttempt(clientIp(await headers()));
  // The account's emails (starting with the confirmation link) are in the language it registered in.
  const locale = await getLocale();
  await createUser({ ...data, locale: isLocale(locale) ? locale : 'en' });
  kickMailDelivery(); // the confirmation link, queued with the account
  return signInWithPassword(data.email, data.password, data.callbackUrl);
});

export const signOutAction = validatedAction(z.object({}), async () => {
  await signOut({ redirectTo: await inPageLanguage('/') });
  return { status: 'success' };
});
