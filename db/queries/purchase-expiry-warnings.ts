import 'server-only';
import { sql } from 'drizzle-orm';
import { env } from '@/lib/env';
import { db, queryRows } from '@/db';

const HOUR = 60 * 60 * 1000;
/** Any fixed number: two sweeps at once take turns, so each purchase is warned about once. */
const WARN_LOCK = 7_262_027;
export const EXPIRY_WARNING_ACTION = 'purchase.expiry_warning';

/**
 * Warns the buyer of every PENDING purchase that expires within the next two hours (older than
 * PAYMENT_TTL_HOURS − 2 h, not yet expired): one WARNING notification linking to its payment page.
 * Idempotent: each warning is marked by an audit_log entry, written in the same statement and checked
 * by `NOT EXISTS`, so a second run (or a user who deleted the notification) gets no second warning.
 * Meant for a periodic sweep beside the purchase expiry. Answers how many warnings were sent.
 */
export async function warnExpiringPurchases(
  now = new Date(),
  options: { ttlHours?: number; warnHoursBefore?: number } = {},
): Promise<number> {
  const ttlHours = options.ttlHours ?? env().PAYMENT_TTL_HOURS;
  const warnHoursBefore = Math.min(options.warnHoursBefore ?? 2, ttlHours);
  const warnFrom = new Date(now.getTime() - (ttlHours - warnHoursBefore) * HOUR);
  const expiredAt = new Date(now.getTime() - ttlHours * HOUR);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${WARN_LOCK})`);
    const rows = await queryRows<{ id: string }>(
      tx,
      sql`with due as (
            select p.id, p.user_id, w.title, p.created_at
            from purchases p
            join workflows w on w.id = p.workflow_id
            join users u on u.id = p.user_id
            where p.status = 'PENDING'
              and p.created_at <= ${warnFrom.toISOString()}::timestamptz
              and p.created_at > ${expiredAt.toISOString()}::timestamptz
              and u.deleted_at is null
              and not exists (
                select 1 from audit_log a
                where a.entity_type = 'purchase' and a.entity_id = p.id and a.action = ${EXPIRY_WARNING_ACTION}
              )
          ), marked as (
            insert into audit_log (actor_kind, action, entity_type, entity_id, after)
            select 'system', ${EXPIRY_WARNING_ACTION}, 'purchase', due.id,
                   jsonb_build_object('warnedAt', ${now.toISOString()}::timestamptz)
            from due
            returning entity_id
          )
          insert into notifications (user_id, type, title, message, link)
          select due.user_id, 'WARNING'::notification_type,
                 'Your purchase expires soon',
                 'Your order for “' || due.title || '” is still waiting for payment and will be cancelled at '
                   || to_char((due.created_at + ${ttlHours} * interval '1 hour') at time zone 'UTC', 'YYYY-MM-DD HH24:MI')
                   || ' UTC. Complete the bank transfer to keep it.',
                 '/checkout/' || due.id
          from due join marked on marked.entity_id = due.id
          returning id`,
    );
    return rows.length;
  });
}
