import 'server-only';
import type { Executor } from '@/db';
import { auditLog, notifications, purchases } from '@/db/schema';
import { env } from '@/lib/env';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from URLs: anything that is not a uuid cannot name a row (and would be a SQL error). */
export function isUuid(value: string): boolean {
  return UUID_RE.test(value);
}

export function paymentTtlHours(): number {
  return env().PAYMENT_TTL_HOURS;
}

/** Who acted, for the audit log: a user row (admin, buyer) or a process without one (bank, system). */
export type Actor = { id: string | null; kind: 'admin' | 'bank' | 'system' | 'user' };

/** The columns of a purchase that an audit entry records before and after a change. */
export const purchaseSnapshot = {
  id: purchases.id,
  userId: purchases.userId,
  workflowId: purchases.workflowId,
  status: purchases.status,
  amount: purchases.amount,
  transferReference: purchases.transferReference,
  reviewedBy: purchases.reviewedBy,
  reviewedAt: purchases.reviewedAt,
  rejectReason: purchases.rejectReason,
  createdAt: purchases.createdAt,
};

export type PurchaseSnapshot = {
  id: string;
  userId: string;
  workflowId: string;
  status: 'PENDING' | 'ACTIVE' | 'REJECT';
  amount: string;
  transferReference: string;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  rejectReason: string | null;
  createdAt: Date;
};

/** A snapshot as JSON for audit_log.before/after (dates as ISO strings). */
export function snapshotJson(row: PurchaseSnapshot, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    status: row.status,
    amount: row.amount,
    transferReference: row.transferReference,
    userId: row.userId,
    workflowId: row.workflowId,
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    rejectReason: row.rejectReason,
    ...extra,
  };
}

export async function writeAudit(
  tx: Executor,
  entries: {
    actor: Actor;
    action: string;
    entityId: string;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  }[],
): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(auditLog).values(
    entries.map((e) => ({
      actorId: e.actor.id,
      actorKind: e.actor.kind,
      action: e.action,
      entityType: 'purchase',
      entityId: e.entityId,
      before: e.before,
      after: e.after,
    })),
  );
}

export async function notify(
  tx: Executor,
  rows: { userId: string; type: 'SUCCESS' | 'WARNING' | 'ERROR'; title: string; message: string; link: string }[],
): Promise<void> {
  if (rows.length > 0) await tx.insert(notifications).values(rows);
}

/** Refuses anyone but an active admin (one check for the whole data layer). */
export { assertActiveAdmin } from '../admin/guard';
