import { sql } from 'drizzle-orm';
import type { Executor } from '../../client';
import { invoiceCounters } from '../../schema';

/**
 * Takes the next `count` numbers of `year`'s invoice series and returns the first. The counter row is
 * updated inside the caller's transaction (its row lock orders parallel approvals), so a transaction
 * that rolls back gives its numbers back: the series stays continuous, as Vietnamese invoicing expects.
 */
export async function takeInvoiceNumbers(tx: Executor, year: number, count = 1): Promise<number> {
  const [row] = await tx
    .insert(invoiceCounters)
    .values({ year, lastNumber: count })
    .onConflictDoUpdate({
      target: invoiceCounters.year,
      set: { lastNumber: sql`${invoiceCounters.lastNumber} + ${count}` },
    })
    .returning({ last: invoiceCounters.lastNumber });
  return row!.last - count + 1;
}
