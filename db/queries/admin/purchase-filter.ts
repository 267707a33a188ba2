import 'server-only';
import { and, eq, ilike, or, type SQL } from 'drizzle-orm';
import { purchases, users, workflows, type PurchaseStatus } from '@/db/schema';
import { containsPattern } from './paging';

export type PurchaseFilter = { status: 'all' | PurchaseStatus; q: string };

/**
 * The WHERE of the purchases queue and its CSV export (so the export holds what the list shows).
 * Expects `users` (the buyer) and `workflows` joined. The search matches the transfer reference, the
 * buyer's email or the workflow's title.
 */
export function purchaseFilterWhere(filter: PurchaseFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.status !== 'all') conditions.push(eq(purchases.status, filter.status));
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    conditions.push(
      or(ilike(purchases.transferReference, pattern), ilike(users.email, pattern), ilike(workflows.title, pattern))!,
    );
  }
  return conditions.length ? and(...conditions) : undefined;
}
