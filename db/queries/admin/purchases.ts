import 'server-only';
import { and, asc, count, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '@/db';
import { bankTransactions, invoices, purchases, users, workflows, type PurchaseStatus } from '@/db/schema';
import { approvePurchase, expireStalePurchases, rejectPurchase } from '@/db/queries/purchases';
import { isUuid, paymentTtlHours } from '@/db/queries/purchases/shared';
import { isAppError, type Refusal } from '@/lib/errors';
import { expiryCutoff } from '@/lib/payments/purchase-state';
import { assertActiveAdmin } from './guard';
import { ADMIN_PAGE_SIZE, offsetOf, pageOf, type Page } from './paging';
import { purchaseFilterWhere, type PurchaseFilter } from './purchase-filter';

export type QueueRow = {
  id: string;
  buyerId: string;
  buyerName: string;
  buyerEmail: string;
  workflowTitle: string;
  amount: string;
  transferReference: string;
  status: PurchaseStatus;
  rejectReason: string | null;
  createdAt: Date;
  reviewedAt: Date | null;
  /** The latest transfer that named this purchase's reference with the wrong amount (bank reconciliation). */
  wrongTransfer: string | null;
};

/**
 * A transfer for this reference that reconciliation left unmatched because the amount differs
 * (db/queries/bank/match-transfer.ts: reason underpaid/overpaid): its amount, else null.
 */
const wrongTransfer = sql<string | null>`(
  select ${bankTransactions.amount}::text from ${bankTransactions}
  where ${bankTransactions.purchaseId} = ${purchases.id}
    and ${bankTransactions.status} = 'UNMATCHED'
    and ${bankTransactions.reason} in ('underpaid', 'overpaid')
  order by ${bankTransactions.createdAt} desc limit 1)`;

const queueColumns = {
  id: purchases.id,
  buyerId: users.id,
  buyerName: users.name,
  buyerEmail: users.email,
  workflowTitle: workflows.title,
  amount: purchases.amount,
  transferReference: purchases.transferReference,
  status: purchases.status,
  rejectReason: purchases.rejectReason,
  createdAt: purchases.createdAt,
  reviewedAt: purchases.reviewedAt,
  wrongTransfer,
};

/**
 * The approval queue: pending purchases oldest first (the longest wait on top); decided ones newest
 * first. Purchases whose payment window closed are expired first (as the buyer's own pages do), so
 * the queue only offers what can still be approved.
 */
export async function listPurchaseQueue(
  adminId: string,
  filter: PurchaseFilter & { page: number },
): Promise<Page<QueueRow>> {
  await assertActiveAdmin(db, adminId);
  const [stale] = await db
    .select({ id: purchases.id })
    .from(purchases)
    .where(and(eq(purchases.status, 'PENDING'), lte(purchases.createdAt, expiryCutoff(new Date(), paymentTtlHours()))))
    .limit(1);
  if (stale) await expireStalePurchases();
  const where = purchaseFilterWhere(filter);
  const order =
    filter.status === 'PENDING'
      ? [asc(purchases.createdAt), asc(purchases.id)]
      : [desc(purchases.createdAt), desc(purchases.id)];
  const [rows, [total]] = await Promise.all([
    db
      .select(queueColumns)
      .from(purchases)
      .innerJoin(users, eq(users.id, purchases.userId))
      .innerJoin(workflows, eq(workflows.id, purchases.workflowId))
      .where(where)
      .orderBy(...order)
      .limit(ADMIN_PAGE_SIZE)
      .offset(offsetOf(filter.page)),
    db
      .select({ n: count() })
      .from(purchases)
      .innerJoin(users, eq(users.id, purchases.userId))
      .innerJoin(workflows, eq(workflows.id, purchases.workflowId))
      .where(where),
  ]);
  return pageOf(rows, total?.n ?? 0, filter.page);
}

const reviewer = alias(users, 'reviewer');

export type AdminPurchase = QueueRow & {
  workflowId: string;
  workflowSlug: string;
  reviewerName: string | null;
  invoiceId: string | null;
  invoiceNumber: string | null;
};

/** One purchase with its buyer, workflow, reviewer and invoice. */
export async function getAdminPurchase(adminId: string, purchaseId: string): Promise<AdminPurchase | null> {
  await assertActiveAdmin(db, adminId);
  const [row] = await db
    .select({
      ...queueColumns,
      workflowId: workflows.id,
      workflowSlug: workflows.slug,
      reviewerName: reviewer.name,
      invoiceId: invoices.id,
      invoiceNumber: invoices.invoiceNumber,
    })
    .from(purchases)
    .innerJoin(users, eq(users.id, purchases.userId))
    .innerJoin(workflows, eq(workflows.id, purchases.workflowId))
    .leftJoin(reviewer, eq(reviewer.id, purchases.reviewedBy))
    .leftJoin(invoices, eq(invoices.purchaseId, purchases.id))
    .where(eq(purchases.id, purchaseId))
    .limit(1);
  return row ?? null;
}

export type BulkOutcome<T> = {
  done: Array<{ id: string } & T>;
  /** Each refused purchase and why: a refusal (key and values) to translate where it is shown. */
  refused: Array<{ id: string; reference: string; refusal: Refusal }>;
};

/**
 * Settles several purchases, each in its own transaction through `settle` (approvePurchase /
 * rejectPurchase: invoice or reason, notification and audit entry each): one that another admin settled
 * meanwhile is reported, not fatal.
 */
async function settleMany<T>(
  adminId: string,
  purchaseIds: string[],
  settle: (id: string) => Promise<T>,
): Promise<BulkOutcome<T>> {
  await assertActiveAdmin(db, adminId);
  const ids = [...new Set(purchaseIds.filter(isUuid))];
  const references = new Map(
    ids.length
      ? (
          await db
            .select({ id: purchases.id, ref: purchases.transferReference })
            .from(purchases)
            .where(inArray(purchases.id, ids))
        ).map((r) => [r.id, r.ref])
      : [],
  );
  const result: BulkOutcome<T> = { done: [], refused: [] };
  for (const id of ids) {
    try {
      result.done.push({ id, ...(await settle(id)) });
    } catch (error) {
      if (!isAppError(error) || error.code === 'forbidden') throw error;
      result.refused.push({ id, reference: references.get(id) ?? id.slice(0, 8), refusal: error.refusal });
    }
  }
  return result;
}

/** Approves several purchases (see settleMany). */
export async function approvePurchases(adminId: string, purchaseIds: string[]) {
  return settleMany(adminId, purchaseIds, async (id) => {
    const { workflowId, invoiceNumber } = await approvePurchase(adminId, id);
    return { workflowId, invoiceNumber };
  });
}

/** Rejects several purchases with one reason the buyers read (see settleMany). */
export async function rejectPurchases(adminId: string, purchaseIds: string[], reason: string) {
  return settleMany(adminId, purchaseIds, async (id) => {
    await rejectPurchase(adminId, id, reason);
    return {};
  });
}
