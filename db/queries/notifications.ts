import 'server-only';
import { and, count, desc, eq, sql } from 'drizzle-orm';
import { AppError, em } from '@/lib/errors';
import { isInternalPath } from '@/lib/validations/internal-path';
import { db, queryRows, type Executor } from '@/db';
import { notifications, users, type NotificationType } from '@/db/schema';
import { activeAdmin } from '@/db/active-accounts';

export type NotificationDto = {
  id: string;
  type: NotificationType;
  title: string;
  message: string;
  /** A path on this site, or null. */
  link: string | null;
  read: boolean;
  createdAt: Date;
};

export type NewNotification = {
  userId: string;
  type: NotificationType;
  title: string;
  message: string;
  link?: string | null;
};

/** A notification as the bell and the notifications page show it. */
export const notificationColumns = {
  id: notifications.id,
  type: notifications.type,
  title: notifications.title,
  message: notifications.message,
  link: notifications.link,
  read: notifications.read,
  createdAt: notifications.createdAt,
};

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** Only links to this site are stored: a notification never sends anybody elsewhere. */
export function safeLink(link: string | null | undefined): string | null {
  return link && isInternalPath(link) ? link : null;
}

/**
 * Adds one notification. Takes an executor so other features write it inside their own transaction
 * (approving a purchase writes the purchase, invoice and notification together).
 */
export async function createNotification(executor: Executor, input: NewNotification): Promise<string> {
  const [row] = await executor
    .insert(notifications)
    .values({ ...input, link: safeLink(input.link) })
    .returning({ id: notifications.id });
  if (!row) throw new Error('notification insert returned no row');
  return row.id;
}

/** The same notification to every active admin (one INSERT … SELECT). */
export async function notifyAdmins(executor: Executor, input: Omit<NewNotification, 'userId'>): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    executor,
    sql`insert into notifications (user_id, type, title, message, link)
        select ${users.id}, ${input.type}::notification_type, ${input.title}, ${input.message}, ${safeLink(input.link)}
        from ${users}
        where ${activeAdmin()}
        returning id`,
  );
  return rows.length;
}

/** Unread notifications of one user (the header badge). */
export async function countUnreadNotifications(userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.read, false)));
  return row?.n ?? 0;
}

/** One page of a user's notifications, newest first. */
export async function listNotifications(userId: string, page = 1, pageSize = NOTIFICATIONS_PAGE_SIZE) {
  const [totalRow] = await db.select({ n: count() }).from(notifications).where(eq(notifications.userId, userId));
  const total = totalRow?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  const items = await db
    .select(notificationColumns)
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(pageSize)
    .offset((current - 1) * pageSize);
  return { items, total, page: current, pageCount };
}

const notFound = () => new AppError('not_found', em('notificationGone'));

/** Marks one of the user's notifications read; another user's id is not found. */
export async function markNotificationRead(userId: string, id: string): Promise<void> {
  const rows = await db
    .update(notifications)
    .set({ read: true })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ id: notifications.id });
  if (rows.length === 0) throw notFound();
}

/** The user opens one of their notifications: it is read now; answers where it points (null: nowhere, or not theirs). */
export async function openNotification(userId: string, id: string): Promise<{ link: string | null } | null> {
  const [row] = await db
    .update(notifications)
    .set({ read: true })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ link: notifications.link });
  return row ?? null;
}

/** Marks all of the user's notifications read; answers how many were unread. */
export async function markAllNotificationsRead(userId: string): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ read: true })
    .where(and(eq(notifications.userId, userId), eq(notifications.read, false)))
    .returning({ id: notifications.id });
  return rows.length;
}

/** Deletes one of the user's notifications; another user's id is not found. */
export async function deleteNotification(userId: string, id: string): Promise<void> {
  const rows = await db
    .delete(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ id: notifications.id });
  if (rows.length === 0) throw notFound();
}
