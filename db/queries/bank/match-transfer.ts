import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db';
import { bankTransactions, purchases } from '@/db/schema';
import { findTransferReferences } from '@/lib/payments/reference';
import type { IncomingTransfer } from '@/lib/bank/incoming-transfer';
import { env } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import { toMinorUnits } from '@/lib/money';
import { approvePurchase } from '@/db/queries/purchases';

/** Why a transfer was not matched to a purchase (stored in bank_transactions.reason). */
export type UnmatchedReason =
  | 'no_reference'
  | 'unknown_reference'
  | 'wrong_account'
  | 'already_paid'
  | 'rejected'
  | 'expired'
  | 'underpaid'
  | 'overpaid';

export type MatchOutcome =
  | { outcome: 'matched'; purchaseId: string }
  | { outcome: 'unmatched'; reason: UnmatchedReason; purchaseId: string | null };

const digits = (v: string) => v.replace(/\D/g, '');

type Candidate = {
  id: string;
  status: 'ACTIVE' | 'PENDING' | 'REJECT';
  amount: string;
  createdAt: Date;
  rejectReason: string | null;
};

/** Decides, without writing, what a transfer means for the purchases it names. Pure given its inputs. */
export function judgeTransfer(
  transfer: Pick<IncomingTransfer, 'accountNumber' | 'amount'>,
  candidates: Candidate[],
  now: Date,
  config: { accountNumber: string; ttlHours: number },
): MatchOutcome {
  if (!candidates.length) return { outcome: 'unmatched', reason: 'unknown_reference', purchaseId: null };
  const order = { PENDING: 0, ACTIVE: 1, REJECT: 2 } as const;
  const p = [...candidates].sort((a, b) => order[a.status] - order[b.status])[0]!;
  const miss = (reason: UnmatchedReason) => ({ outcome: 'unmatched' as const, reason, purchaseId: p.id });
  if (transfer.accountNumber && digits(transfer.accountNumber) !== digits(config.accountNumber))
    return miss('wrong_account');
  if (p.status === 'ACTIVE') return miss('already_paid');
  if (p.status === 'REJECT') return miss(p.rejectReason === 'expired' ? 'expired' : 'rejected');
  if (now.getTime() - p.createdAt.getTime() > config.ttlHours * 3_600_000) return miss('expired');
  const paid = toMinorUnits(transfer.amount);
  const due = toMinorUnits(p.amount);
  if (paid < due) return miss('underpaid');
  if (paid > due) return miss('overpaid');
  return { outcome: 'matched', purchaseId: p.id };
}

/** What matching a recorded transfer did: a match names the workflow sold (its sales count went up). */
export type RecordedMatch =
  { outcome: 'matched'; purchaseId: string; workflowId: string } | Extract<MatchOutcome, { outcome: 'unmatched' }>;

/**
 * Matches one recorded, still-unmatched bank transaction inside the caller's transaction: an exact
 * payment of a pending purchase approves it through approvePurchase (actor "bank": invoice,
 * notification and audit entry as for a human approval); anything else stays unmatched with a reason.
 */
export async function matchRecordedTransfer(
  tx: Executor,
  bankTransactionId: string,
  transfer: IncomingTransfer,
  now = new Date(),
): Promise<RecordedMatch> {
  const refs = findTransferReferences(transfer.content);
  let result: RecordedMatch;
  if (!refs.length) {
    result = { outcome: 'unmatched', reason: 'no_reference', purchaseId: null };
  } else {
    const candidates = await tx
      .select({
        id: purchases.id,
        status: purchases.status,
        amount: purchases.amount,
        createdAt: purchases.createdAt,
        rejectReason: purchases.rejectReason,
      })
      .from(purchases)
      .where(inArray(purchases.transferReference, refs));
    const config = { accountNumber: env().PAYMENT_ACCOUNT_NUMBER, ttlHours: env().PAYMENT_TTL_HOURS };
    const verdict = judgeTransfer(transfer, candidates, now, config);
    if (verdict.outcome === 'unmatched') result = verdict;
    else {
      try {
        const { workflowId } = await approvePurchase(null, verdict.purchaseId, { actorKind: 'bank', tx });
        result = { ...verdict, workflowId };
      } catch (error) {
        // Another decision got there first (a person, another transfer) or the purchase just expired.
        if (!isAppError(error) || error.code !== 'conflict') throw error;
        const [current] = await tx
          .select({ status: purchases.status, rejectReason: purchases.rejectReason })
          .from(purchases)
          .where(eq(purchases.id, verdict.purchaseId));
        const reason: UnmatchedReason =
          current?.status === 'ACTIVE' ? 'already_paid' : current?.rejectReason === 'expired' ? 'expired' : 'rejected';
        result = { outcome: 'unmatched', reason, purchaseId: verdict.purchaseId };
      }
    }
  }
  await tx
    .update(bankTransactions)
    .set(
      result.outcome === 'matched'
        ? { status: 'MATCHED', reason: null, purchaseId: result.purchaseId, resolvedAt: now }
        : { status: 'UNMATCHED', reason: result.reason, purchaseId: result.purchaseId },
    )
    .where(eq(bankTransactions.id, bankTransactionId));
  return result;
}
