import 'server-only';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '@/db';
import { invoices, purchases, users, workflows } from '@/db/schema';
import { assertActiveAdmin } from './guard';
import { purchaseFilterWhere, type PurchaseFilter } from './purchase-filter';

const BATCH = 500;

export const PURCHASE_CSV_HEADER = [
  'purchase_id',
  'created_at',
  'status',
  'buyer_name',
  'buyer_email',
  'workflow',
  'amount',
  'transfer_reference',
  'reviewed_at',
  'reviewed_by',
  'reject_reason',
  'invoice_number',
] as const;

export const INVOICE_CSV_HEADER = [
  'invoice_number',
  'issued_at',
  'amount',
  'currency',
  'buyer_name',
  'buyer_email',
  'workflow',
  'transfer_reference',
  'purchase_id',
] as const;

type Cursor = { at: string; id: string } | null;

/**
 * Keyset pages of a query ordered by (time, id): each batch continues after the last row of the one
 * before, so a long export neither holds everything in memory nor skips or repeats rows. The cursor
 * keeps the timestamp as Postgres text, with its microseconds (a JS Date would round them away).
 */
async function* keyset<R extends { cursorAt: string; cursorId: string }>(
  page: (after: SQL | undefined) => Promise<R[]>,
  timeColumn: SQL,
  idColumn: SQL,
): AsyncGenerator<R[]> {
  let cursor: Cursor = null;
  for (;;) {
    const after: SQL | undefined = cursor
      ? sql`(${timeColumn}, ${idColumn}) > (${cursor.at}::timestamptz, ${cursor.id}::uuid)`
      : undefined;
    const rows = await page(after);
    if (rows.length > 0) yield rows;
    if (rows.length < BATCH) return;
    const last = rows[rows.length - 1]!;
    cursor = { at: last.cursorAt, id: last.cursorId };
  }
}

const reviewer = alias(users, 'reviewer');

/** Purchases matching the queue's filter, oldest first, as CSV rows in batches. Admin-checked before the first row. */
export async function openPurchaseExport(adminId: string, filter: PurchaseFilter): Promise<AsyncIterable<unknown[][]>> {
  await assertActiveAdmin(db, adminId);
  const where = purchaseFilterWhere(filter);
  const rows = keyset(
    (after) =>
      db
        .select({
          cursorAt: sql<string>`${purchases.createdAt}::text`,
          cursorId: sql<string>`${purchases.id}::text`,
          id: purchases.id,
          createdAt: purchases.createdAt,
          status: purchases.status,
          buyerName: users.name,
          buyerEmail: users.email,
          workflow: workflows.title,
          amount: purchases.amount,
          reference: purchases.transferReference,
          reviewedAt: purchases.reviewedAt,
          reviewedBy: reviewer.email,
          rejectReason: purchases.rejectReason,
          invoiceNumber: sql<
            string | null
          >`(select min(i.invoice_number) from invoices i where i.purchase_id = "purchases"."id")`,
        })
        .from(purchases)
        .innerJoin(users, eq(users.id, purchases.userId))
        .innerJoin(workflows, eq(workflows.id, purchases.workflowId))
        .leftJoin(reviewer, eq(reviewer.id, purchases.reviewedBy))
        .where(and(where, after))
        .orderBy(asc(purchases.createdAt), asc(purchases.id))
        .limit(BATCH),
    sql`${purchases.createdAt}`,
    sql`${purchases.id}`,
  );
  return mapBatches(rows, (r) => [
    r.id,
    r.createdAt,
    r.status,
    r.buyerName,
    r.buyerEmail,
    r.workflow,
    r.amount,
    r.reference,
    r.reviewedAt,
    r.reviewedBy,
    r.rejectReason,
    r.invoiceNumber,
  ]);
}

/** Every invoice, in the order issued, as CSV rows in batches. Admin-checked before the first row. */
export async function openInvoiceExport(adminId: string): Promise<AsyncIterable<unknown[][]>> {
  await assertActiveAdmin(db, adminId);
  const rows = keyset(
    (after) =>
      db
        .select({
          cursorAt: sql<string>`${invoices.issuedAt}::text`,
          cursorId: sql<string>`${invoices.id}::text`,
          number: invoices.invoiceNumber,
          issuedAt: invoices.issuedAt,
          amount: invoices.amount,
          currency: invoices.currency,
          buyer: invoices.buyerDetails,
          workflow: workflows.title,
          reference: purchases.transferReference,
          purchaseId: purchases.id,
        })
        .from(invoices)
        .innerJoin(purchases, eq(purchases.id, invoices.purchaseId))
        .innerJoin(workflows, eq(workflows.id, purchases.workflowId))
        .where(after)
        .orderBy(asc(invoices.issuedAt), asc(invoices.id))
        .limit(BATCH),
    sql`${invoices.issuedAt}`,
    sql`${invoices.id}`,
  );
  return mapBatches(rows, (r) => [
    r.number,
    r.issuedAt,
    r.amount,
    r.currency,
    r.buyer.name,
    r.buyer.email ?? '',
    r.workflow,
    r.reference,
    r.purchaseId,
  ]);
}

async function* mapBatches<R>(source: AsyncIterable<R[]>, toRow: (r: R) => unknown[]): AsyncGenerator<unknown[][]> {
  for await (const batch of source) yield batch.map(toRow);
}
