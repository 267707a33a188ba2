import 'server-only';
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { bankTransactions, purchases } from '@/db/schema';
import type { BankTransactionStatus } from '@/db/schema';
import { findTransferReferences } from '@/lib/payments/reference';
import { AppError, em } from '@/lib/errors';
import { approvePurchase } from '@/db/queries/purchases';
import { writeAudit } from '@/db/queries/admin/audit';
import { assertActiveAdmin } from '@/db/queries/admin/guard';

export type BankTransferRow = {
  id: string;
  provider: string;
  providerTransactionId: string;
  amount: string;
  content: string;
  accountNumber: string | null;
  transactionDate: Date;
  status: BankTransactionStatus;
  reason: string | null;
  purchaseId: string | null;
  purchaseReference: string | null;
};

export const TRANSFERS_PAGE_SIZE = 25;

export async function listBankTransfers(
  adminId: string,
  filter: { status: BankTransactionStatus; page: number },
): Promise<{ rows: BankTransferRow[]; total: number }> {
  await assertActiveAdmin(db, adminId);
  const where = eq(bankTransactions.status, filter.status);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: bankTransactions.id,
        provider: bankTransactions.provider,
        providerTransactionId: bankTransactions.providerTransactionId,
        amount: bankTransactions.amount,
        content: bankTransactions.content,
        accountNumber: bankTransactions.accountNumber,
        transactionDate: bankTransactions.transactionDate,
        status: bankTransactions.status,
        reason: bankTransactions.reason,
        purchaseId: bankTransactions.purchaseId,
        purchaseReference: purchases.transferReference,
      })
      .from(bankTransactions)
      .leftJoin(purchases, eq(purchases.id, bankTransactions.purchaseId))
      .where(where)
      .orderBy(desc(bankTransactions.createdAt), desc(bankTransactions.id))
      .limit(TRANSFERS_PAGE_SIZE)
      .offset((Math.max(1, filter.page) - 1) * TRANSFERS_PAGE_SIZE),
    db.select({ n: count() }).from(bankTransactions).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Locks an unmatched transfer for a decision; a transfer already decided is a clear conflict. */
async function lockUnmatched(tx: Executor, id: string) {
  const [row] = await tx
    .select({ id: bankTransactions.id, status: bankTransactions.status, reason: bankTransactions.reason })
    .from(bankTransactions)
    .where(and(eq(bankTransactions.id, id), eq(bankTransactions.status, 'UNMATCHED')))
    .for('update');
  if (!row) throw new AppError('conflict', em('transferResolved'));
  return row;
}

/**
 * An admin links an unmatched transfer to a purchase (given by its transfer reference): the purchase is
 * approved through approvePurchase and the transfer marked matched, in one transaction.
 */
export async function linkTransferToPurchase(adminId: string, bankTransactionId: string, reference: string) {
  return db.transaction(async (tx) => {
    await assertActiveAdmin(tx, adminId);
    const before = await lockUnmatched(tx, bankTransactionId);
    const ref = findTransferReferences(reference)[0] ?? reference.trim().toUpperCase();
    const [purchase] = await tx
      .select({ id: purchases.id })
      .from(purchases)
      .where(eq(purchases.transferReference, ref))
      .limit(1);
    if (!purchase)
      throw new AppError('not_found', em('transferNoPurchase'), {
        field: 'reference',
        values: { reference: ref },
      });
    const { workflowId } = await approvePurchase(adminId, purchase.id, { actorKind: 'admin', tx });
    const after = { status: 'MATCHED', purchaseId: purchase.id };
    await tx
      .update(bankTransactions)
      .set({ status: 'MATCHED', reason: null, purchaseId: purchase.id, resolvedBy: adminId, resolvedAt: new Date() })
      .where(eq(bankTransactions.id, bankTransactionId));
    await writeAudit(tx, {
      actorId: adminId,
      entityType: 'bank_transaction',
      action: 'bank_transaction.link',
      entityId: bankTransactionId,
      before,
      after,
    });
    return { purchaseId: purchase.id, workflowId };
  });
}

export async function dismissTransfer(adminId: string, bankTransactionId: string) {
  await db.transaction(async (tx) => {
    await assertActiveAdmin(tx, adminId);
    const before = await lockUnmatched(tx, bankTransactionId);
    await tx
      .update(bankTransactions)
      .set({ status: 'DISMISSED', resolvedBy: adminId, resolvedAt: new Date() })
      .where(eq(bankTransactions.id, bankTransactionId));
    await writeAudit(tx, {
      actorId: adminId,
      entityType: 'bank_transaction',
      action: 'bank_transaction.dismiss',
      entityId: bankTransactionId,
      before,
      after: { status: 'DISMISSED' },
    });
  });
}

/** Which of these provider transaction ids are already recorded (statement rows imported before). */
export async function knownTransactionIds(executor: Executor, provider: string, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await executor
    .select({ id: bankTransactions.providerTransactionId })
    .from(bankTransactions)
    .where(and(eq(bankTransactions.provider, provider), inArray(bankTransactions.providerTransactionId, ids)));
  return new Set(rows.map((r) => r.id));
}
