import 'server-only';
import { and, eq, ne, sql } from 'drizzle-orm';
import { comments } from '@/db/schema';
import { AppError, em } from '@/lib/errors';
import { writeAudit } from '../admin/audit';
import { adminTransaction } from '../admin/guard';
import { lockWorkflow, recomputeWorkflowRating } from './rating-aggregates';

export type ReviewVisibility = { id: string; workflowId: string; slug: string; hidden: boolean };

/**
 * Moderation: an admin hides or shows a review. The admin role is re-read from the database here (a
 * demoted or disabled admin is refused), and the aggregates and an audit entry change in the same
 * transaction. Setting the state it already has changes nothing.
 */
export async function setReviewHidden(adminId: string, reviewId: string, hidden: boolean): Promise<ReviewVisibility> {
  return adminTransaction(adminId, async (tx) => {
    const [review] = await tx
      .select({ workflowId: comments.workflowId })
      .from(comments)
      .where(eq(comments.id, reviewId));
    if (!review) throw new AppError('not_found', em('reviewMissing'));
    const workflow = await lockWorkflow(tx, review.workflowId);
    const [changed] = await tx
      .update(comments)
      // Moderation is not an edit by the author: keep updated_at.
      .set({ hidden, updatedAt: sql`${comments.updatedAt}` })
      .where(and(eq(comments.id, reviewId), ne(comments.hidden, hidden)))
      .returning({ id: comments.id });
    if (changed) {
      await recomputeWorkflowRating(tx, review.workflowId);
      await writeAudit(tx, {
        actorId: adminId,
        entityType: 'comment',
        action: hidden ? 'review.hide' : 'review.unhide',
        entityId: reviewId,
        before: { hidden: !hidden },
        after: { hidden },
      });
    }
    return { id: reviewId, workflowId: review.workflowId, slug: workflow.slug, hidden };
  });
}
