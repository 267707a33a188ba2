import 'server-only';
import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { db, type Transaction } from '@/db';
import { comments, users, workflows } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { adminTransaction, assertActiveAdmin, writeAudit } from './guard';
import { ADMIN_PAGE_SIZE, offsetOf, pageOf, type Page } from './paging';

export type AdminReview = {
  id: string;
  rating: number;
  content: string;
  hidden: boolean;
  createdAt: Date;
  authorName: string;
  authorEmail: string;
  workflowTitle: string;
  workflowSlug: string;
};

export type ReviewFilter = { state: 'all' | 'visible' | 'hidden'; page: number };

/** The latest reviews across the shop, newest first. */
export async function listLatestReviews(adminId: string, filter: ReviewFilter): Promise<Page<AdminReview>> {
  await assertActiveAdmin(db, adminId);
  const where: SQL | undefined = filter.state === 'all' ? undefined : eq(comments.hidden, filter.state === 'hidden');
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: comments.id,
        rating: comments.rating,
        content: comments.content,
        hidden: comments.hidden,
        createdAt: comments.createdAt,
        authorName: users.name,
        authorEmail: users.email,
        workflowTitle: workflows.title,
        workflowSlug: workflows.slug,
      })
      .from(comments)
      .innerJoin(users, eq(users.id, comments.userId))
      .innerJoin(workflows, eq(workflows.id, comments.workflowId))
      .where(where)
      .orderBy(desc(comments.createdAt), desc(comments.id))
      .limit(ADMIN_PAGE_SIZE)
      .offset(offsetOf(filter.page)),
    db.select({ n: count() }).from(comments).where(where),
  ]);
  return pageOf(rows, total?.n ?? 0, filter.page);
}

/** Recomputes a workflow's rating average and review count from its visible reviews. */
async function recomputeRating(tx: Transaction, workflowId: string): Promise<void> {
  await tx
    .update(workflows)
    .set({
      ratingAvg: sql`coalesce((select round(avg(c.rating)::numeric, 2) from comments c where c.workflow_id = ${workflowId} and c.hidden = false), 0)`,
      reviewCount: sql`(select count(*)::int from comments c where c.workflow_id = ${workflowId} and c.hidden = false)`,
    })
    .where(eq(workflows.id, workflowId));
}

/**
 * Hides or shows a review, and the workflow's rating follows in the same transaction. The workflow row
 * is locked first, so two review changes on one workflow take turns and the aggregate counts both.
 */
export async function setReviewHidden(adminId: string, reviewId: string, hidden: boolean): Promise<void> {
  await adminTransaction(adminId, async (tx) => {
    const [review] = await tx.select({ workflowId: comments.workflowId }).from(comments).where(eq(comments.id, reviewId));
    if (!review) throw new AppError('not_found', 'This review no longer exists.');
    await tx.select({ id: workflows.id }).from(workflows).where(eq(workflows.id, review.workflowId)).for('update');
    const [changed] = await tx
      .update(comments)
      .set({ hidden })
      .where(and(eq(comments.id, reviewId), eq(comments.hidden, !hidden)))
      .returning({ rating: comments.rating, content: comments.content });
    if (!changed) throw new AppError('conflict', hidden ? 'This review is already hidden.' : 'This review is already visible.');
    await recomputeRating(tx, review.workflowId);
    await writeAudit(tx, {
      actorId: adminId,
      action: hidden ? 'comment.hide' : 'comment.unhide',
      entityType: 'comment',
      entityId: reviewId,
      before: { hidden: !hidden, rating: changed.rating, workflowId: review.workflowId },
      after: { hidden, rating: changed.rating, workflowId: review.workflowId },
    });
  });
}
