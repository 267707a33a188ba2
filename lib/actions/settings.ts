'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { changeEmail, changePassword, deleteAccount, setAvatar, updateName } from '@/db/queries/settings';
import { refreshSessionVersion, signOut } from '@/lib/auth';
import { deleteAvatar, saveAvatar } from '@/lib/uploads/avatar';
import { z } from 'zod';
import {
  avatarSchema,
  changeEmailSchema,
  changePasswordSchema,
  deleteAccountSchema,
  profileSchema,
} from '@/lib/validations/settings';
import { passwordProblem } from '@/lib/validations/password';
import type { ActionState } from './action-state';
import { fieldErrorState, validatedActionWithUser } from './safe-action';

const SETTINGS = '/account/settings';

export async function updateNameAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  return validatedActionWithUser(
    profileSchema,
    async ({ name }, user) => {
      await updateName(user.id, name);
      revalidatePath('/', 'layout');
      return { status: 'success', message: 'Your name has been saved.' };
    },
    SETTINGS,
  )(prev, formData);
}

export async function uploadAvatarAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  return validatedActionWithUser(
    avatarSchema,
    async ({ avatar }, user) => {
      const url = await saveAvatar(avatar);
      try {
        await deleteAvatar(await setAvatar(user.id, url));
      } catch (error) {
        await deleteAvatar(url);
        throw error;
      }
      revalidatePath('/', 'layout');
      return { status: 'success', message: 'Your avatar has been updated.' };
    },
    SETTINGS,
  )(prev, formData);
}

export async function removeAvatarAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  return validatedActionWithUser(
    z.object({}),
    async (_data, user) => {
      await deleteAvatar(await setAvatar(user.id, null));
      revalidatePath('/', 'layout');
      return { status: 'success', message: 'Your avatar has been removed.' };
    },
    SETTINGS,
  )(prev, formData);
}

export async function changeEmailAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  return validatedActionWithUser(
    changeEmailSchema,
    async ({ email, currentPassword }, user) => {
      await changeEmail(user.id, currentPassword, email);
      revalidatePath('/', 'layout');
      return { status: 'success', message: `Your email is now ${email}.` };
    },
    SETTINGS,
  )(prev, formData);
}

/** Every other session ends (session version bumped); this one moves to the new version. */
export async function changePasswordAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  return validatedActionWithUser(
    changePasswordSchema,
    async ({ currentPassword, newPassword }, user, formData) => {
      const weak = passwordProblem(newPassword, [user.email, user.name]);
      if (weak) return fieldErrorState(formData, 'newPassword', weak);
      const { sessionVersion } = await changePassword(user.id, currentPassword, newPassword);
      await refreshSessionVersion(user.id, sessionVersion);
      // A redirect, so the next render reads the refreshed session cookie (this request still carries
      // the old one, which no longer matches the account's session version).
      redirect(`${SETTINGS}?updated=password`);
    },
    SETTINGS,
  )(prev, formData);
}

export async function deleteAccountAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  return validatedActionWithUser(
    deleteAccountSchema,
    async ({ password }, user) => {
      const { avatarUrl } = await deleteAccount(user.id, password);
      await deleteAvatar(avatarUrl);
      await signOut({ redirectTo: '/' });
      return { status: 'success' };
    },
    SETTINGS,
  )(prev, formData);
}
