import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db, type Transaction } from '@/db';
import { comments, purchases } from '@/db/schema';
import { AppError, em } from '@/lib/errors';
import { REVIEW_MAX_LENGTH, REVIEW_MIN_LENGTH } from '@/lib/validations/reviews';
import { lockWorkflow, recomputeWorkflowRating } from './rating-aggregates';

export type ReviewInput = { rating: number; content: string };
/** What the action needs afterwards: the page to refresh. */
export type ReviewChange = { id: string; workflowId: string; slug: string };

const NOT_YOURS = em('reviewNotYours');

function clean(input: ReviewInput): ReviewInput {
  const content = input.content.trim();
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) {
    throw new AppError('invalid', em('ratingRange'), { field: 'rating' });
  }
  if (content.length < REVIEW_MIN_LENGTH || content.length > REVIEW_MAX_LENGTH) {
    throw new AppError('invalid', em('reviewLength'), { field: 'content' });
  }
  return { rating: input.rating, content };
}

/** The workflow of one of the user's own reviews (ownership in the WHERE), or a 404-like error. */
async function ownReviewWorkflowId(tx: Transaction, userId: string, reviewId: string): Promise<string> {
  const [row] = await tx
    .select({ workflowId: comments.workflowId })
    .from(comments)
    .where(and(eq(comments.id, reviewId), eq(comments.userId, userId)));
  if (!row) throw new AppError('not_found', NOT_YOURS);
  return row.workflowId;
}

/**
 * Posts a review by a verified buyer (an ACTIVE purchase of the workflow), one per user and workflow.
 * The rating aggregates change in the same transaction.
 */
export async function createReview(userId: string, workflowId: string, input: ReviewInput): Promise<ReviewChange> {
  const { rating, content } = clean(input);
  return db.transaction(async (tx) => {
    const workflow = await lockWorkflow(tx, workflowId);
    const [owned] = await tx
      .select({ id: purchases.id })
      .from(purchases)
      .where(and(eq(purchases.userId, userId), eq(purchases.workflowId, workflowId), eq(purchases.status, 'ACTIVE')))
      .limit(1);
    if (!owned) throw new AppError('forbidden', em('reviewNeedsPurchase'));
    const [row] = await tx
      .insert(comments)
      .values({ userId, workflowId, rating, content })
      .onConflictDoNothing({ target: [comments.userId, comments.workflowId] })
      .returning({ id: comments.id });
    if (!row) throw new AppError('conflict', em('reviewExists'));
    await recomputeWorkflowRating(tx, workflowId);
    return { id: row.id, workflowId, slug: workflow.slug };
  });
}

/** The author edits their review; anybody else's review is "not found". */
export async function updateReview(userId: string, reviewId: string, input: ReviewInput): Promise<ReviewChange> {
  const { rating, content } = clean(input);
  return db.transaction(async (tx) => {
    const workflowId = await ownReviewWorkflowId(tx, userId, reviewId);
    const workflow = await lockWorkflow(tx, workflowId);
    const [row] = await tx
      .update(comments)
      .set({ rating, content })
      .where(and(eq(comments.id, reviewId), eq(comments.userId, userId)))
      .returning({ id: comments.id });
    if (!row) throw new AppError('not_found', NOT_YOURS);
    await recomputeWorkflowRating(tx, workflowId);
    return { id: row.id, workflowId, slug: workflow.slug };
  });
}

/** The author deletes their review; anybody else's review is "not found". */
export async function deleteReview(userId: string, reviewId: string): Promise<ReviewChange> {
  return db.transaction(async (tx) => {
    const workflowId = await ownReviewWorkflowId(tx, userId, reviewId);
    const workflow = await lockWorkflow(tx, workflowId);
    const [row] = await tx
      .delete(comments)
      .where(and(eq(comments.id, reviewId), eq(comments.userId, userId)))
      .returning({ id: comments.id });
    if (!row) throw new AppError('not_found', NOT_YOURS);
    await recomputeWorkflowRating(tx, workflowId);
    return { id: row.id, workflowId, slug: workflow.slug };
  });
}
