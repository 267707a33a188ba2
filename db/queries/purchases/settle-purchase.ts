import 'server-only';
import { and, eq, gt, type SQL } from 'drizzle-orm';
import type { Transaction } from '@/db';
import { purchases } from '@/db/schema';
import { AppError, em } from '@/lib/errors';
import { expiryCutoff } from '@/lib/payments/purchase-state';
import { assertTransition } from '@/lib/payments/purchase-transitions';
import { writeAudit, type AuditActor } from '../admin/audit';
import { purchaseSnapshot, snapshotJson, type PurchaseSnapshot } from './shared';

type Settle = {
  purchaseId: string;
  verb: 'approve' | 'reject' | 'cancel';
  /** Only this buyer's purchase (cancel); others are "not found". */
  ownerId?: string;
  /** Refuse a PENDING purchase whose payment window has closed (approve). */
  withinTtlHours?: number;
  set: { status: 'ACTIVE' | 'REJECT'; reviewedBy: string | null; rejectReason: string | null };
  now: Date;
};

/**
 * Moves one PENDING purchase to ACTIVE or REJECT inside the caller's transaction: locks the row to read
 * what it was, refuses any other transition with a conflict, then a conditional UPDATE … WHERE status =
 * 'PENDING' decides. Returns the row before and after, for the caller's audit entry.
 */
export async function settlePendingPurchase(
  tx: Transaction,
  s: Settle,
): Promise<{ before: PurchaseSnapshot; after: PurchaseSnapshot }> {
  const where: SQL[] = [eq(purchases.id, s.purchaseId)];
  if (s.ownerId) where.push(eq(purchases.userId, s.ownerId));
  const [before] = await tx
    .select(purchaseSnapshot)
    .from(purchases)
    .where(and(...where))
    .for('update');
  if (!before) throw new AppError('not_found', em('purchaseMissing'));
  assertTransition(s.verb, before.status, before.rejectReason);

  const conditions: SQL[] = [eq(purchases.id, s.purchaseId), eq(purchases.status, 'PENDING')];
  if (s.withinTtlHours !== undefined) conditions.push(gt(purchases.createdAt, expiryCutoff(s.now, s.withinTtlHours)));
  const [after] = await tx
    .update(purchases)
    .set({ ...s.set, reviewedAt: s.now })
    .where(and(...conditions))
    .returning(purchaseSnapshot);
  if (!after) {
    // The row is locked and was PENDING: only the payment-window condition can have excluded it.
    throw new AppError('conflict', em('purchaseExpired'));
  }
  return { before, after };
}

/** The audit entry of a settled purchase; `extra` adds what else the transition wrote (the invoice). */
export async function auditSettlement(
  tx: Transaction,
  verb: Settle['verb'],
  actor: AuditActor,
  change: { before: PurchaseSnapshot; after: PurchaseSnapshot },
  extra: Record<string, unknown> = {},
): Promise<void> {
  await writeAudit(tx, {
    actorId: actor.id,
    actorKind: actor.kind,
    entityType: 'purchase',
    action: `purchase.${verb}`,
    entityId: change.after.id,
    before: snapshotJson(change.before),
    after: snapshotJson(change.after, extra),
  });
}
