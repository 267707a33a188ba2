import 'server-only';
import { and, eq } from 'drizzle-orm';
import { purchases } from '@/db/schema';
import { isPastDeadline, type PurchaseStatus } from '@/lib/payments/purchase-state';
import { expireStalePurchases } from './expire-purchases';
import { selectPurchaseViews, withPayBy, type PurchaseView } from './purchase-view';
import { isUuid, paymentTtlHours } from './shared';

export type CheckoutView = PurchaseView;

async function readCheckout(userId: string, purchaseId: string): Promise<CheckoutView | null> {
  const [row] = await selectPurchaseViews()
    .where(and(eq(purchases.id, purchaseId), eq(purchases.userId, userId)))
    .limit(1);
  return row ? withPayBy(row) : null;
}

/**
 * One purchase as its buyer sees it on the checkout page; null when it does not exist or is somebody
 * else's (the page answers 404 either way). A PENDING purchase past its payment window is expired first.
 */
export async function getCheckout(userId: string, purchaseId: string): Promise<CheckoutView | null> {
  if (!isUuid(purchaseId)) return null;
  const view = await readCheckout(userId, purchaseId);
  if (view?.status === 'PENDING' && isPastDeadline(view.createdAt, new Date(), paymentTtlHours())) {
    await expireStalePurchases({ purchaseId, userId });
    return readCheckout(userId, purchaseId);
  }
  return view;
}

export type PurchaseStatusView = { status: PurchaseStatus; rejectReason: string | null };

/** The status the checkout page polls (buyer only). */
export async function getPurchaseStatus(userId: string, purchaseId: string): Promise<PurchaseStatusView | null> {
  const view = await getCheckout(userId, purchaseId);
  return view ? { status: view.status, rejectReason: view.rejectReason } : null;
}
