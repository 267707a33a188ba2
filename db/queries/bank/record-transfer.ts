import 'server-only';
import { db } from '@/db';
import { bankTransactions } from '@/db/schema';
import type { IncomingTransfer } from '@/lib/bank/incoming-transfer';
import { matchRecordedTransfer, type RecordedMatch } from './match-transfer';

export type RecordOutcome = { outcome: 'duplicate' } | RecordedMatch;

/**
 * Records an incoming transfer once (provider + its transaction id are unique) and matches it, in one
 * transaction. A repeated delivery — even 20 at once — finds the row taken and changes nothing.
 */
export async function recordIncomingTransfer(
  transfer: IncomingTransfer,
  raw: Record<string, unknown>,
): Promise<RecordOutcome> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(bankTransactions)
      .values({
        provider: transfer.provider,
        providerTransactionId: transfer.providerTransactionId,
        accountNumber: transfer.accountNumber,
        amount: transfer.amount,
        content: transfer.content,
        transactionDate: transfer.transactionDate,
        raw,
      })
      .onConflictDoNothing({ target: [bankTransactions.provider, bankTransactions.providerTransactionId] })
      .returning({ id: bankTransactions.id });
    if (!row) return { outcome: 'duplicate' } as const;
    return matchRecordedTransfer(tx, row.id, transfer);
  });
}
