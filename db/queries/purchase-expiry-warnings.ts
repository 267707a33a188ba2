import 'server-only';
import { and, eq, gt, isNull, lte, notExists, sql } from 'drizzle-orm';
import { env } from '@/lib/env';
import { formatDateTime } from '@/lib/format-date-time';
import { mailLocale, noticeText } from '@/lib/mail/email-text';
import { localTitle } from '@/lib/workflows/localized';
import { db, type Executor } from '@/db';
import { auditLog, notifications, purchases, users, workflows } from '@/db/schema';
import { writeAudit, type AuditEntry } from './admin/audit';
import { queueOrdersExpiring } from './purchases/order-mail';

const HOUR = 60 * 60 * 1000;
/** Any fixed number: two sweeps at once take turns, so each purchase is warned about once. */
const WARN_LOCK = 7_262_027;
export const EXPIRY_WARNING_ACTION = 'purchase.expiry_warning' satisfies AuditEntry['action'];

/**
 * Warns the buyer of every PENDING purchase that expires within the next two hours (older than
 * PAYMENT_TTL_HOURS − 2 h, not yet expired): one WARNING notification linking to its payment page, and
 * one email (queued in the same transaction).
 * Idempotent: each warning is marked by an audit_log entry, written in the same transaction and checked
 * by `NOT EXISTS` (two sweeps at once take turns on an advisory lock), so a second run (or a user who
 * deleted the notification) gets no second warning.
 * Meant for a periodic sweep beside the purchase expiry. Answers how many warnings were sent.
 */
export async function warnExpiringPurchases(
  now = new Date(),
  options: { ttlHours?: number; warnHoursBefore?: number } = {},
  executor: Executor = db,
): Promise<number> {
  const ttlHours = options.ttlHours ?? env().PAYMENT_TTL_HOURS;
  const warnHoursBefore = Math.min(options.warnHoursBefore ?? 2, ttlHours);
  const warnFrom = new Date(now.getTime() - (ttlHours - warnHoursBefore) * HOUR);
  const expiredAt = new Date(now.getTime() - ttlHours * HOUR);
  return executor.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${WARN_LOCK})`);
    const alreadyWarned = tx
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, 'purchase'),
          eq(auditLog.entityId, purchases.id),
          eq(auditLog.action, EXPIRY_WARNING_ACTION),
        ),
      );
    const due = await tx
      .select({
        id: purchases.id,
        userId: purchases.userId,
        title: workflows.title,
        titleVi: workflows.titleVi,
        locale: users.locale,
        createdAt: purchases.createdAt,
      })
      .from(purchases)
      .innerJoin(workflows, eq(workflows.id, purchases.workflowId))
      .innerJoin(users, eq(users.id, purchases.userId))
      .where(
        and(
          eq(purchases.status, 'PENDING'),
          lte(purchases.createdAt, warnFrom),
          gt(purchases.createdAt, expiredAt),
          isNull(users.deletedAt),
          notExists(alreadyWarned),
        ),
      );
    if (due.length === 0) return 0;
    await writeAudit(
      tx,
      due.map((p): AuditEntry => ({
        actorId: null,
        actorKind: 'system',
        entityType: 'purchase',
        action: EXPIRY_WARNING_ACTION,
        entityId: p.id,
        after: { warnedAt: now.toISOString() },
      })),
    );
    await tx.insert(notifications).values(
      due.map((p) => ({
        userId: p.userId,
        type: 'WARNING' as const,
        ...noticeText(mailLocale(p.locale), 'expiringSoon', {
          title: localTitle(mailLocale(p.locale), p.title, p.titleVi),
          at: formatDateTime(new Date(p.createdAt.getTime() + ttlHours * HOUR), mailLocale(p.locale)),
        }),
        link: `/checkout/${p.id}`,
      })),
    );
    await queueOrdersExpiring(
      tx,
      due.map((p) => p.id),
      ttlHours,
    );
    return due.length;
  });
}
