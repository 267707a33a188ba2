import 'server-only';
import { and, desc, eq, lte } from 'drizzle-orm';
import { db } from '@/db';
import { purchases } from '@/db/schema';
import { expiryCutoff } from '@/lib/payments/purchase-state';
import { expireStalePurchases } from './expire-purchases';
import { selectPurchaseViews, withPayBy, type PurchaseView } from './purchase-view';
import { paymentTtlHours } from './shared';

export type PurchaseListItem = PurchaseView;

/** Every purchase of one buyer, newest first (stale PENDING ones expired first). */
export async function listMyPurchases(userId: string, limit = 200): Promise<PurchaseListItem[]> {
  const cutoff = expiryCutoff(new Date(), paymentTtlHours());
  const [stale] = await db
    .select({ id: purchases.id })
    .from(purchases)
    .where(and(eq(purchases.userId, userId), eq(purchases.status, 'PENDING'), lte(purchases.createdAt, cutoff)))
    .limit(1);
  if (stale) await expireStalePurchases({ userId });

  const rows = await selectPurchaseViews()
    .where(eq(purchases.userId, userId))
    .orderBy(desc(purchases.createdAt), desc(purchases.id))
    .limit(limit);
  return rows.map(withPayBy);
}
