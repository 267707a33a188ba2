'use server';

import { refresh } from 'next/cache';
import { deleteNotification, markAllNotificationsRead, markNotificationRead } from '@/db/queries/notifications';
import { z } from 'zod';
import { notificationIdSchema } from '@/lib/validations/notifications';
import type { ActionState } from '@/lib/forms/action-state';
import { validatedActionWithUser } from './safe-action';

// Posted by plain forms (formPost: they work without JavaScript and show no result).
const options = { callbackUrl: '/account/notifications' };

/**
 * The page and the header badge re-render after every post, also when the notification was gone already.
 * Notifications are the user's own, read per request: nothing shared is cached, so nothing is expired.
 */
async function thenRevalidate(change: Promise<unknown>): Promise<ActionState> {
  try {
    await change;
    return { status: 'success' };
  } finally {
    refresh();
  }
}

export const markNotificationReadAction = validatedActionWithUser(
  notificationIdSchema,
  ({ id }, user) => thenRevalidate(markNotificationRead(user.id, id)),
  options,
);

export const markAllNotificationsReadAction = validatedActionWithUser(
  z.object({}),
  (_data, user) => thenRevalidate(markAllNotificationsRead(user.id)),
  options,
);

export const deleteNotificationAction = validatedActionWithUser(
  notificationIdSchema,
  ({ id }, user) => thenRevalidate(deleteNotification(user.id, id)),
  options,
);
