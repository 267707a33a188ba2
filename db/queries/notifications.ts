import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import { db } from '@/db';
import { notifications } from '@/db/schema';

/** Unread notifications of one user (the header badge). */
export async function countUnreadNotifications(userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.read, false)));
  return row?.n ?? 0;
}
