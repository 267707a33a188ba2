'use server';

import { revalidatePath } from 'next/cache';
import {
  deleteNotification,
  markAllNotificationsRead,
  markNotificationRead,
} from '@/db/queries/notifications';
import { z } from 'zod';
import { notificationIdSchema } from '@/lib/validations/notifications';
import { idleState } from '@/lib/forms/action-state';
import { validatedActionWithUser } from './safe-action';

const BACK = '/account/notifications';

// Plain form actions (they work without JavaScript); the page and the header badge re-render after.
export async function markNotificationReadAction(formData: FormData): Promise<void> {
  await validatedActionWithUser(
    notificationIdSchema,
    async ({ id }, user) => {
      await markNotificationRead(user.id, id);
      return { status: 'success' };
    },
    BACK,
  )(idleState, formData);
  revalidatePath('/', 'layout');
}

export async function markAllNotificationsReadAction(formData: FormData): Promise<void> {
  await validatedActionWithUser(
    z.object({}),
    async (_data, user) => {
      await markAllNotificationsRead(user.id);
      return { status: 'success' };
    },
    BACK,
  )(idleState, formData);
  revalidatePath('/', 'layout');
}

export async function deleteNotificationAction(formData: FormData): Promise<void> {
  await validatedActionWithUser(
    notificationIdSchema,
    async ({ id }, user) => {
      await deleteNotification(user.id, id);
      return { status: 'success' };
    },
    BACK,
  )(idleState, formData);
  revalidatePath('/', 'layout');
}
