'use server';

import { getTranslations } from 'next-intl/server';
import { refresh } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import {
  changeEmail,
  changePassword,
  deleteAccount,
  setAvatar,
  updateInvoiceDetails,
  updateName,
} from '@/db/queries/settings';
import { revokeSessions } from '@/db/queries/sessions';
import { AuthError } from 'next-auth';
import { signIn, signOut } from '@/server/auth';
import { withPasswordThrottle } from '@/server/auth/sign-in-throttle';
import { clientIp } from '@/lib/http/client-ip';
import { kickMailDelivery } from '@/server/mail';
import { expireInAction, reviewerRenamed } from '@/server/cache/invalidate';
import { deleteAvatar, saveAvatar } from '@/lib/uploads/avatar';
import { z } from 'zod';
import {
  avatarSchema,
  changeEmailSchema,
  changePasswordSchema,
  deleteAccountSchema,
  invoiceDetailsSchema,
  orderAlertsSchema,
  profileSchema,
} from '@/lib/validations/settings';
import { passwordProblem } from '@/lib/validations/password';
import { setOrderAlerts } from '@/db/queries/admin/order-alerts';
import { fieldErrorState, validatedActionWithAdmin, validatedActionWithUser } from './safe-action';

const SETTINGS = '/account/settings';
const backToSettings = { callbackUrl: SETTINGS };

export const updateNameAction = validatedActionWithUser(
  profileSchema,
  async ({ name }, user) => {
    const { reviewedWorkflowIds } = await updateName(user.id, name);
    // The name is shown on the user's reviews (shared pages) and in the header (this user's own page).
    expireInAction(reviewerRenamed(reviewedWorkflowIds));
    refresh();
    return { status: 'success', message: (await getTranslations('settings'))('profile.saved') };
  },
  backToSettings,
);

export const updateInvoiceDetailsAction = validatedActionWithUser(
  invoiceDetailsSchema,
  async (details, user) => {
    await updateInvoiceDetails(user.id, details);
    refresh();
    return { status: 'success', message: (await getTranslations('settings'))('invoice.saved') };
  },
  backToSettings,
);

export const uploadAvatarAction = validatedActionWithUser(
  avatarSchema,
  async ({ avatar }, user) => {
    const url = await saveAvatar(avatar);
    try {
      await deleteAvatar(await setAvatar(user.id, url));
    } catch (error) {
      await deleteAvatar(url);
      throw error;
    }
    refresh(); // the avatar is shown in the user's own header only
    return { status: 'success', message: (await getTranslations('settings'))('avatar.updated') };
  },
  backToSettings,
);

export const removeAvatarAction = validatedActionWithUser(
  z.object({}),
  async (_data, user) => {
    await deleteAvatar(await setAvatar(user.id, null));
    refresh();
    return { status: 'success', message: (await getTranslations('settings'))('avatar.removed') };
  },
  backToSettings,
);

export const changeEmailAction = validatedActionWithUser(
  changeEmailSchema,
  async ({ email, currentPassword }, user) => {
    const attempt = { account: user.email, ip: clientIp(await headers()) };
    const { pendingEmail } = await withPasswordThrottle(attempt, 'currentPassword', () =>
      changeEmail(user.id, currentPassword, email),
    );
    kickMailDelivery();
    refresh(); // the settings page shows the address waiting for confirmation
    return {
      status: 'success',
      message: (await getTranslations('settings'))('email.sent', { pending: pendingEmail, email: user.email }),
    };
  },
  backToSettings,
);

/**
 * Every session of the account ends (db/queries/settings.ts: changePassword); this browser is signed in again at
 * once with the new password, so only the others are signed out.
 */
export const changePasswordAction = validatedActionWithUser(
  changePasswordSchema,
  async ({ currentPassword, newPassword }, user, formData) => {
    const weak = passwordProblem(newPassword, [user.email, user.name]);
    if (weak) return fieldErrorState(formData, 'newPassword', weak);
    const attempt = { account: user.email, ip: clientIp(await headers()) };
    await withPasswordThrottle(attempt, 'currentPassword', () => changePassword(user.id, currentPassword, newPassword));
    try {
      await signIn('credentials', {
        email: user.email,
        password: newPassword,
        redirectTo: `${SETTINGS}?updated=password`,
      });
    } catch (error) {
      // signIn throws its redirect on success; an AuthError (e.g. sign-ins from here throttled) means
      // the password changed but this browser is signed out too: it signs in again with the new one.
      if (!(error instanceof AuthError)) throw error;
      redirect(`/login?callbackUrl=${encodeURIComponent(SETTINGS)}`);
    }
    return { status: 'success', message: (await getTranslations('settings'))('password.changed') };
  },
  backToSettings,
);

export const deleteAccountAction = validatedActionWithUser(
  deleteAccountSchema,
  async ({ password }, user) => {
    const attempt = { account: user.email, ip: clientIp(await headers()) };
    const { avatarUrl, reviewedWorkflowIds } = await withPasswordThrottle(attempt, 'password', () =>
      deleteAccount(user.id, password),
    );
    // The reviews stay, under "Deleted user".
    expireInAction(reviewerRenamed(reviewedWorkflowIds));
    await deleteAvatar(avatarUrl);
    await signOut({ redirectTo: '/' });
    return { status: 'success' };
  },
  backToSettings,
);

/** "Sign out of all devices": ends every session of the account, this browser's included. */
export const signOutEverywhereAction = validatedActionWithUser(
  z.object({}),
  async (_data, user) => {
    await revokeSessions(user.id);
    await signOut({ redirectTo: '/login' });
    return { status: 'success' };
  },
  backToSettings,
);

const ORDER_ALERTS_SAVED = {
  each: 'Saved: you get an email for every new order.',
  digest: 'Saved: you get one email an hour listing the new orders.',
  off: 'Saved: no order emails; new orders still show in your notifications.',
} as const;

/** An admin's "Order alerts" (admins only; the in-app notice comes either way). */
export const orderAlertsAction = validatedActionWithAdmin(orderAlertsSchema, async ({ orderAlerts }, admin) => {
  await setOrderAlerts(admin.id, orderAlerts);
  refresh();
  return { status: 'success', message: ORDER_ALERTS_SAVED[orderAlerts] };
});
