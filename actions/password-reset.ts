'use server';

import { headers } from 'next/headers';
import { after } from 'next/server';
import { getLocale, getTranslations } from 'next-intl/server';
import { requestPasswordReset, resetPasswordWithToken } from '@/db/queries/password-reset';
import { clientIp } from '@/lib/http/client-ip';
import { kickMailDelivery } from '@/server/mail';
import { forgotPasswordSchema, resetPasswordSchema } from '@/lib/validations/password-reset';
import { passwordProblem } from '@/lib/validations/password';
import { fieldErrorState, validatedAction } from './safe-action';

/**
 * Always the same answer, at the same speed: the lookup, the token and the email happen after the
 * response (next/server `after`), so neither the text nor the timing tells whether the account exists.
 */
export const forgotPasswordAction = validatedAction(forgotPasswordSchema, async (data) => {
  const ip = clientIp(await headers());
  after(async () => {
    try {
      const { sent } = await requestPasswordReset(data.email, { ip });
      if (sent) kickMailDelivery();
    } catch (error) {
      console.error('[password-reset] could not send a reset link:', error);
    }
  });
  const t = await getTranslations('auth');
  return { status: 'success', message: t('checkInbox') };
});

export const resetPasswordAction = validatedAction(resetPasswordSchema, async (data, _user, formData) => {
  // The token's account is not known here (the link may be for anyone), so only the dictionaries count.
  const weak = passwordProblem(data.password, [], await getLocale());
  if (weak) return fieldErrorState(formData, 'password', weak);
  await resetPasswordWithToken(data.token, data.password);
  const t = await getTranslations('auth');
  return { status: 'success', message: t('passwordChanged') };
});
