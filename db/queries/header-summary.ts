import 'server-only';
import { and, count, desc, eq, sql } from 'drizzle-orm';
import { preparedOnce } from '@/db';
import { favorites, notifications, users } from '@/db/schema';
import { notificationColumns, type NotificationDto } from './notifications';

export type HeaderSummary = { unread: number; favoriteCount: number; latest: NotificationDto[] };

/**
 * The statement, built once (db/index.ts preparedOnce): the user's row anchors the one row of counts, the
 * latest notifications join it laterally (none: one row whose notification columns are null).
 */
const summary = preparedOnce((database) => {
  const userId = sql.placeholder('userId');
  const recent = database
    .select(notificationColumns)
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(sql.placeholder('latest'))
    .as('recent');
  const unread = database
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.read, false)));
  const saved = database.select({ n: count() }).from(favorites).where(eq(favorites.userId, userId));
  return database
    .select({
      unread: sql<number>`(${unread})`.mapWith(Number),
      favoriteCount: sql<number>`(${saved})`.mapWith(Number),
      notification: {
        id: recent.id,
        type: recent.type,
        title: recent.title,
        message: recent.message,
        link: recent.link,
        read: recent.read,
        createdAt: recent.createdAt,
      },
    })
    .from(users)
    .leftJoinLateral(recent, sql`true`)
    .where(eq(users.id, userId))
    .orderBy(desc(recent.createdAt), desc(recent.id))
    .prepare('header_summary');
});

/**
 * What the signed-in header shows (components/layout/site-header.tsx): the unread count and the latest few
 * notifications for the bell, and the favorites count. One statement, not three: every page of the personal
 * variant reads it (issue 20, "Signed-in pages").
 */
export async function getHeaderSummary(userId: string, latest = 5): Promise<HeaderSummary> {
  const rows = await summary().execute({ userId, latest });
  const [first] = rows;
  return {
    unread: first?.unread ?? 0,
    favoriteCount: first?.favoriteCount ?? 0,
    latest: rows.flatMap((r) => (r.notification ? [r.notification] : [])),
  };
}
