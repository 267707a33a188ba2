import 'server-only';
import { and, eq, inArray, lte, type SQL } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { purchases, workflows } from '@/db/schema';
import { EXPIRED_REASON, expiryCutoff } from '@/lib/payments/purchase-state';
import { noticeText, type MailLocale } from '@/lib/mail/email-text';
import { localTitle } from '@/lib/workflows/localized';
import { writeAudit, type AuditEntry } from '../admin/audit';
import { queueOrdersExpired } from './order-mail';
import { notify, paymentTtlHours, purchaseSnapshot, snapshotJson } from './shared';

type Scope = { purchaseId?: string; userId?: string; workflowId?: string };

/**
 * Rejects PENDING purchases (all of the shop's by default: the sweep; or one buyer's, one workflow's) whose payment window (PAYMENT_TTL_HOURS) has closed, with the reason
 * "expired", and tells each buyer. One conditional UPDATE: a purchase approved at the same moment is
 * not touched (its status is no longer PENDING when the UPDATE reaches it). Inside a caller's
 * transaction (`executor`) it runs as a savepoint. Returns how many expired.
 */
export async function expireStalePurchases(
  scope: Scope = {},
  now = new Date(),
  executor: Executor = db,
): Promise<number> {
  const filters: SQL[] = [
    eq(purchases.status, 'PENDING'),
    lte(purchases.createdAt, expiryCutoff(now, paymentTtlHours())),
  ];
  if (scope.purchaseId) filters.push(eq(purchases.id, scope.purchaseId));
  if (scope.userId) filters.push(eq(purchases.userId, scope.userId));
  if (scope.workflowId) filters.push(eq(purchases.workflowId, scope.workflowId));

  return executor.transaction(async (tx) => {
    const expired = await tx
      .update(purchases)
      .set({ status: 'REJECT', rejectReason: EXPIRED_REASON, reviewedAt: now })
      .where(and(...filters))
      .returning(purchaseSnapshot);
    if (expired.length === 0) return 0;

    const titles = new Map(
      (
        await tx
          .select({ id: workflows.id, title: workflows.title, titleVi: workflows.titleVi })
          .from(workflows)
          .where(inArray(workflows.id, [...new Set(expired.map((p) => p.workflowId))]))
      ).map((w) => [w.id, w]),
    );
    await notify(
      tx,
      expired.map((p) => ({
        userId: p.userId,
        type: 'ERROR' as const,
        text: (locale: MailLocale) => {
          const w = titles.get(p.workflowId);
          return noticeText(locale, 'expired', {
            title: localTitle(locale, w?.title ?? '', w?.titleVi),
            reference: p.transferReference,
          });
        },
        link: '/account/purchases',
      })),
    );
    await queueOrdersExpired(
      tx,
      expired.map((p) => p.id),
    );
    await writeAudit(
      tx,
      expired.map((p): AuditEntry => ({
        actorId: null,
        actorKind: 'system',
        entityType: 'purchase',
        action: 'purchase.expire',
        entityId: p.id,
        before: snapshotJson({ ...p, status: 'PENDING', rejectReason: null, reviewedAt: null }),
        after: snapshotJson(p),
      })),
    );
    return expired.length;
  });
}
