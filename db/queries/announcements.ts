import 'server-only';
import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { AppError, em } from '@/lib/errors';
import { queryRows } from '@/db';
import type { NotificationType } from '@/db/schema';
import { writeAudit } from './admin/audit';
import { adminTransaction } from './admin/guard';
import { safeLink } from './notifications';

export type Announcement = {
  /** One recipient by id or email; neither: every active user. */
  userId?: string;
  email?: string;
  type: NotificationType;
  title: string;
  message: string;
  link?: string | null;
};

export const ANNOUNCEMENT_BATCH_SIZE = 5_000;

/**
 * Sends an announcement as a notification, to one user or to every active user. "Everyone" is written
 * by `INSERT … SELECT` in batches walking the users by id, so 100,000 users take a few statements and
 * never a list of ids in memory. One transaction: everybody gets it, or nobody.
 */
export async function sendAnnouncement(
  adminId: string,
  input: Announcement,
  options: { batchSize?: number } = {},
): Promise<{ recipients: number }> {
  const batchSize = options.batchSize ?? ANNOUNCEMENT_BATCH_SIZE;
  const link = safeLink(input.link);
  const values = sql`${input.type}::notification_type, ${input.title}, ${input.message}, ${link}`;
  // Only an active admin (re-checked in the transaction: the action checks too, the data layer does not trust it).
  return adminTransaction(adminId, async (tx) => {
    let recipients = 0;
    if (input.userId || input.email) {
      const target = input.userId ? sql`u.id = ${input.userId}` : sql`u.email = ${input.email!.trim().toLowerCase()}`;
      const rows = await queryRows<{ id: string }>(
        tx,
        sql`insert into notifications (user_id, type, title, message, link)
            select u.id, ${values} from users u
            where ${target} and u.deleted_at is null and u.disabled_at is null
            returning id`,
      );
      if (rows.length === 0) {
        throw new AppError('not_found', em('noActiveAccount'), { field: 'email' });
      }
      recipients = rows.length;
    } else {
      let cursor: string | null = null;
      for (;;) {
        const after: SQL = cursor === null ? sql`true` : sql`u.id > ${cursor}::uuid`;
        const rows: Array<{ last: string | null; n: number }> = await queryRows(
          tx,
          sql`with batch as (
                select u.id from users u
                where u.deleted_at is null and u.disabled_at is null and ${after}
                order by u.id limit ${batchSize}
              ), inserted as (
                insert into notifications (user_id, type, title, message, link)
                select id, ${values} from batch
              )
              select (select id::text from batch order by id desc limit 1) as last,
                     (select count(*)::int from batch) as n`,
        );
        const batch = rows[0];
        if (!batch || !batch.last || batch.n === 0) break;
        recipients += Number(batch.n);
        cursor = batch.last;
        if (batch.n < batchSize) break;
      }
    }
    await writeAudit(tx, {
      actorId: adminId,
      entityType: 'announcement',
      action: 'announcement.send',
      entityId: randomUUID(),
      after: { to: input.userId ?? input.email ?? 'all', type: input.type, title: input.title, recipients },
    });
    return { recipients };
  });
}
