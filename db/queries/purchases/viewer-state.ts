import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '@/db';
import { purchases, workflows } from '@/db/schema';
import { isPastDeadline } from '@/lib/payments/purchase-state';
import { expireStalePurchases } from './expire-purchases';
import { isUuid, paymentTtlHours } from './shared';

export type ViewerPurchaseState =
  | { kind: 'signed-out' }
  | { kind: 'none' }
  | { kind: 'pending'; purchaseId: string }
  | { kind: 'owned' };

/** What the workflow page's call to action offers this viewer. */
export async function getViewerPurchaseState(userId: string | null, workflowId: string): Promise<ViewerPurchaseState> {
  if (!userId) return { kind: 'signed-out' };
  if (!isUuid(workflowId)) return { kind: 'none' };
  const read = () =>
    db
      .select({ id: purchases.id, status: purchases.status, createdAt: purchases.createdAt })
      .from(purchases)
      .where(
        and(eq(purchases.userId, userId), eq(purchases.workflowId, workflowId), inArray(purchases.status, ['PENDING', 'ACTIVE'])),
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

export type WorkflowForSale = {
  id: string;
  slug: string;
  title: string;
  shortDescription: string;
  price: string;
  expired: boolean;
};

/** The few facts the buy button needs about a workflow (any status: owners still reach it). */
export async function getWorkflowForSale(slug: string): Promise<WorkflowForSale | null> {
  const [row] = await db
    .select({
      id: workflows.id,
      slug: workflows.slug,
      title: workflows.title,
      shortDescription: workflows.shortDescription,
      price: workflows.price,
      status: workflows.status,
    })
    .from(workflows)
    .where(eq(workflows.slug, slug))
    .limit(1);
  if (!row) return null;
  const { status, ...rest } = row;
  return { ...rest, expired: status !== 'active' };
}
