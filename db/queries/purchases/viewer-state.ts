import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '@/db';
import { purchases } from '@/db/schema';
import { isPastDeadline } from '@/lib/payments/purchase-state';
import { expireStalePurchases } from './expire-purchases';
import { isUuid, paymentTtlHours } from './shared';

export type ViewerPurchaseState =
  { kind: 'signed-out' } | { kind: 'none' } | { kind: 'pending'; purchaseId: string } | { kind: 'owned' };

/** What the workflow page's call to action offers this viewer. */
export async function getViewerPurchaseState(userId: string | null, workflowId: string): Promise<ViewerPurchaseState> {
  if (!userId) return { kind: 'signed-out' };
  if (!isUuid(workflowId)) return { kind: 'none' };
  const read = () =>
    db
      .select({ id: purchases.id, status: purchases.status, createdAt: purchases.createdAt })
      .from(purchases)
      .where(
        and(
          eq(purchases.userId, userId),
          eq(purchases.workflowId, workflowId),
          inArray(purchases.status, ['PENDING', 'ACTIVE']),
        ),
      )
      .limit(1);
  let [open] = await read();
  if (open?.status === 'PENDING' && isPastDeadline(open.createdAt, new Date(), paymentTtlHours())) {
    await expireStalePurchases({ purchaseId: open.id });
    [open] = await read();
  }
  if (!open) return { kind: 'none' };
  return open.status === 'ACTIVE' ? { kind: 'owned' } : { kind: 'pending', purchaseId: open.id };
}
