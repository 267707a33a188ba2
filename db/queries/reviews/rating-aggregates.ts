import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Transaction } from '@/db';
import { workflows } from '@/db/schema';
import { AppError, em } from '@/lib/errors';

/**
 * Locks the workflow row for the rest of the transaction. Every review change takes this lock first,
 * so changes to one workflow's reviews run one after another and each recount sees all earlier ones.
 */
export async function lockWorkflow(tx: Transaction, workflowId: string): Promise<{ id: string; slug: string }> {
  const [row] = await tx
    .select({ id: workflows.id, slug: workflows.slug })
    .from(workflows)
    .where(eq(workflows.id, workflowId))
    .for('update');
  if (!row) throw new AppError('not_found', em('workflowMissing'));
  return row;
}

/**
 * Recomputes the workflow's rating average and review count from its visible reviews, in the caller's
 * transaction (after lockWorkflow). Hidden reviews do not count; no reviews is an average of 0.
 */
export async function recomputeWorkflowRating(tx: Transaction, workflowId: string): Promise<void> {
  await tx.execute(sql`
    update workflows
    set rating_avg = coalesce(
          (select round(avg(c.rating)::numeric, 2) from comments c
           where c.workflow_id = ${workflowId} and c.hidden = false),
          0),
        review_count = (select count(*)::int from comments c
                        where c.workflow_id = ${workflowId} and c.hidden = false)
    where id = ${workflowId}`);
}
