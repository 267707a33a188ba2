import 'server-only';
import { inArray } from 'drizzle-orm';
import { db } from '@/db';
import { purchases } from '@/db/schema';
import { parseCsv } from '@/lib/bank/csv';
import { findTransferReferences } from '@/lib/payments/reference';
import { statementRowsToTransfers, type RowProblem, type StatementMapping } from '@/lib/bank/statement';
import { env } from '@/lib/env';
import { assertActiveAdmin } from '@/db/queries/admin/guard';
import { knownTransactionIds } from './admin-transfers';
import { judgeTransfer, type UnmatchedReason } from './match-transfer';
import { recordIncomingTransfer } from './record-transfer';

export type PreviewRow = {
  line: number;
  transactionId: string | null;
  amount: string | null;
  content: string;
  verdict:
    | { kind: 'error'; error: RowProblem }
    | { kind: 'already_imported' }
    | { kind: 'duplicate_row' }
    | { kind: 'match'; reference: string }
    | { kind: 'unmatched'; reason: UnmatchedReason };
};

/** What importing this statement would do, row by row, without writing anything. */
export async function previewStatement(
  adminId: string,
  csvText: string,
  mapping: StatementMapping,
): Promise<PreviewRow[]> {
  await assertActiveAdmin(db, adminId);
  const rows = statementRowsToTransfers(parseCsv(csvText), mapping);
  const ok = rows.flatMap((r) => (r.ok ? [r.transfer] : []));
  const known = await knownTransactionIds(
    db,
    'csv',
    ok.map((t) => t.providerTransactionId),
  );
  const refs = [...new Set(ok.flatMap((t) => findTransferReferences(t.content)))];
  const candidates = refs.length
    ? await db
        .select({
          id: purchases.id,
          reference: purchases.transferReference,
          status: purchases.status,
          amount: purchases.amount,
          createdAt: purchases.createdAt,
          rejectReason: purchases.rejectReason,
        })
        .from(purchases)
        .where(inArray(purchases.transferReference, refs))
    : [];
  const config = { accountNumber: env().PAYMENT_ACCOUNT_NUMBER, ttlHours: env().PAYMENT_TTL_HOURS };
  const now = new Date();
  const seen = new Set<string>();
  return rows.map((r): PreviewRow => {
    if (!r.ok)
      return {
        line: r.line,
        transactionId: null,
        amount: null,
        content: '',
        verdict: { kind: 'error', error: r.error },
      };
    const t = r.transfer;
    const base = { line: r.line, transactionId: t.providerTransactionId, amount: t.amount, content: t.content };
    if (known.has(t.providerTransactionId)) return { ...base, verdict: { kind: 'already_imported' } };
    if (seen.has(t.providerTransactionId)) return { ...base, verdict: { kind: 'duplicate_row' } };
    seen.add(t.providerTransactionId);
    const mine = findTransferReferences(t.content);
    const verdict = mine.length
      ? judgeTransfer(
          t,
          candidates.filter((c) => mine.includes(c.reference)),
          now,
          config,
        )
      : ({ outcome: 'unmatched', reason: 'no_reference', purchaseId: null } as const);
    if (verdict.outcome === 'matched') {
      const reference = candidates.find((c) => c.id === verdict.purchaseId)?.reference ?? '';
      return { ...base, verdict: { kind: 'match', reference } };
    }
    return { ...base, verdict: { kind: 'unmatched', reason: verdict.reason } };
  });
}

export type ImportSummary = {
  imported: number;
  approved: number;
  unmatched: number;
  skipped: number;
  errors: number;
  /** The workflows sold by the purchases this import approved (one entry per approval). */
  soldWorkflowIds: string[];
  /** The rows not stored because a cell did not read under the chosen columns, and why. */
  refused: Array<{ line: number; error: RowProblem }>;
};

/**
 * Imports a statement: every new row is recorded once (rows imported before are recognised by their
 * transaction id and skipped) and exact matches are approved, each row in its own transaction. A row whose
 * id, amount or date does not read under the chosen columns is refused: nothing is stored for it.
 */
export async function importStatement(
  adminId: string,
  csvText: string,
  mapping: StatementMapping,
): Promise<ImportSummary> {
  await assertActiveAdmin(db, adminId);
  const summary: ImportSummary = {
    imported: 0,
    approved: 0,
    unmatched: 0,
    skipped: 0,
    errors: 0,
    soldWorkflowIds: [],
    refused: [],
  };
  for (const row of statementRowsToTransfers(parseCsv(csvText), mapping)) {
    if (!row.ok) {
      summary.errors++;
      summary.refused.push({ line: row.line, error: row.error });
      continue;
    }
    const outcome = await recordIncomingTransfer(row.transfer, {
      source: 'statement',
      line: row.line,
      importedBy: adminId,
    });
    if (outcome.outcome === 'duplicate') summary.skipped++;
    else {
      summary.imported++;
      if (outcome.outcome === 'matched') {
        summary.approved++;
        summary.soldWorkflowIds.push(outcome.workflowId);
      } else summary.unmatched++;
    }
  }
  return summary;
}
