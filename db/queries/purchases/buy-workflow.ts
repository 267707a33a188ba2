import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { db, queryRows } from '@/db';
import { purchases, workflows } from '@/db/schema';
import { AppError, em } from '@/lib/errors';
import { generateTransferReference } from '@/lib/payments/reference';
import { expireStalePurchases } from './expire-purchases';
import { queueOrderPlaced } from './order-mail';
import { isUuid } from './shared';

export type BuyResult = { kind: 'pending'; purchaseId: string; created: boolean } | { kind: 'owned'; slug: string };

const MAX_ATTEMPTS = 5;

async function findOpenPurchase(userId: string, workflowId: string) {
  const [row] = await db
    .select({ id: purchases.id, status: purchases.status, slug: workflows.slug })
    .from(purchases)
    .innerJoin(workflows, eq(workflows.id, purchases.workflowId))
    .where(
      and(
        eq(purchases.userId, userId),
        eq(purchases.workflowId, workflowId),
        inArray(purchases.status, ['PENDING', 'ACTIVE']),
      ),
    )
    .limit(1);
  return row;
}

/**
 * "Buy now": a PENDING purchase at the workflow's price at this moment, with a fresh transfer reference.
 * A buyer with an open purchase gets it back, an owner is told so, an expired workflow is refused.
 * No check-then-act: the INSERT … SELECT reads the price and the status in one statement, and
 * `ON CONFLICT DO NOTHING` lets the partial unique index `purchases_one_open_per_user_workflow` pick
 * one winner among concurrent requests; a loser reads the winner's row. A reference collision (the
 * other unique index) simply retries with a new one.
 */
export async function buyWorkflow(
  userId: string,
  workflowId: string,
  opts: { generateReference?: () => string } = {},
): Promise<BuyResult> {
  if (!isUuid(workflowId)) throw new AppError('not_found', em('workflowMissing'));
  const nextReference = opts.generateReference ?? (() => generateTransferReference());
  await expireStalePurchases({ userId, workflowId });

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const open = await findOpenPurchase(userId, workflowId);
    if (open?.status === 'ACTIVE') return { kind: 'owned', slug: open.slug };
    if (open) return { kind: 'pending', purchaseId: open.id, created: false };

    // The order mails (buyer, admins) and the admins' notices are queued with the purchase, or not at all.
    const inserted = await db.transaction(async (tx) => {
      const [row] = await queryRows<{ id: string }>(
        tx,
        sql`insert into purchases (user_id, workflow_id, amount, transfer_reference)
            select ${userId}::uuid, w.id, w.price, ${nextReference()}
            from workflows w where w.id = ${workflowId}::uuid and w.status = 'active'
            on conflict do nothing
            returning id`,
      );
      if (row) await queueOrderPlaced(tx, row.id);
      return row;
    });
    if (inserted) return { kind: 'pending', purchaseId: inserted.id, created: true };

    // Nothing inserted: the workflow is missing or retired, another request won, or the reference was taken.
    const [workflow] = await db
      .select({ status: workflows.status })
      .from(workflows)
      .where(eq(workflows.id, workflowId));
    if (!workflow) throw new AppError('not_found', em('workflowMissing'));
    if (workflow.status !== 'active') {
      const owned = await findOpenPurchase(userId, workflowId);
      if (owned?.status === 'ACTIVE') return { kind: 'owned', slug: owned.slug };
      if (owned) return { kind: 'pending', purchaseId: owned.id, created: false };
      throw new AppError('conflict', em('workflowUnavailable'));
    }
  }
  throw new Error(`buyWorkflow: no purchase after ${MAX_ATTEMPTS} attempts (user ${userId}, workflow ${workflowId})`);
}
