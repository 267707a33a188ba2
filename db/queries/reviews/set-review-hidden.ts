import 'server-only';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { db } from '@/db';
import { auditLog, comments, users } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { lockWorkflow, recomputeWorkflowRating } from './rating-aggregates';

export type ReviewVisibility = { id: string; workflowId: string; slug: string; hidden: boolean };

/**
 * Moderation: an admin hides or shows a review. The admin role is re-read from the database here (a
 * demoted or disabled admin is refused), and the aggregates and an audit entry change in the same
 * transaction. Setting the state it already has changes nothing.
 */
export async function setReviewHidden(adminId: string, reviewId: string, hidden: boolean): Promise<ReviewVisibility> {
  return db.transaction(async (tx) => {
    const [admin] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, adminId), eq(users.role, 'ADMIN'), isNull(users.disabledAt), isNull(users.deletedAt)));
    if (!admin) throw new AppError('forbidden', 'Only an administrator can moderate reviews.');
    const [review] = await tx
      .select({ workflowId: comments.workflowId })
      .from(comments)
      .where(eq(comments.id, reviewId));
    if (!review) throw new AppError('not_found', 'This review does not exist.');
    const workflow = await lockWorkflow(tx, review.workflowId);
    const [changed] = await tx
      .update(comments)
      // Moderation is not an edit by the author: keep updated_at.
      .set({ hidden, updatedAt: sql`${comments.updatedAt}` })
      .where(and(eq(comments.id, reviewId), ne(comments.hidden, hidden)))
      .returning({ id: comments.id });
    if (changed) {
      await recomputeWorkflowRating(tx, review.workflowId);
      await tx.insert(auditLog).values({
        actorId: adminId,
        actorKind: 'admin',
        action: hidden ? 'review.hide' : 'review.unhide',
        entityType: 'comment',
        entityId: reviewId,
        before: { hidden: !hidden },
        after: { hidden },
      });
    }
    return { id: reviewId, workflowId: review.workflowId, slug: workflow.slug, hidden };
  });
}
