'use server';

import { refresh } from 'next/cache';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { confirmEmailWithToken, resendEmailConfirmation } from '@/db/queries/email-confirmation';
import { clientIp } from '@/lib/http/client-ip';
import { kickMailDelivery } from '@/server/mail';
import { confirmEmailSchema, resendConfirmationSchema } from '@/lib/validations/email-confirmation';
import { validatedAction, validatedActionWithUser } from './safe-action';

/**
 * Uses a confirmation link (a POST from the confirm page, so a mail scanner that opens the link spends
 * nothing). A new address ends the account's other sessions (this browser's stays when it is the account's).
 */
export const confirmEmailAction = validatedAction(confirmEmailSchema, async ({ token }, user) => {
  const result = await confirmEmailWithToken(token, user ? { userId: user.id, sessionId: user.sessionId } : null);
  refresh(); // the banner and the settings page are the user's own (dynamic): nothing shared is cached
  const t = await getTranslations('auth');
  const message =
    result.kind === 'verified'
      ? t('emailConfirmed', { email: result.email })
      : t('emailChanged', { email: result.email });
  return { status: 'success', message };
});

/** The banner's "Resend confirmation email" button (rate-limited per account and per IP). */
export const resendConfirmationAction = validatedActionWithUser(resendConfirmationSchema, async (_data, user) => {
  const { result } = await resendEmailConfirmation(user.id, { ip: clientIp(await headers()) });
  if (result === 'already') {
    refresh(); // the banner goes
    return { status: 'success', message: (await getTranslations('auth'))('alreadyConfirmed') };
  }
  kickMailDelivery();
  return { status: 'success', message: (await getTranslations('auth'))('confirmationResent', { email: user.email }) };
});
