import 'server-only';
import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { comments, purchases, users, workflows } from '@/db/schema';
import type { ReviewSort } from '@/lib/validations/reviews';

export type RatingSummary = {
  /** numeric(3,2) as a string, e.g. "4.33"; "0.00" without reviews. */
  average: string;
  count: number;
  /** Visible reviews per star, 5 down to 1. */
  distribution: Array<{ rating: number; count: number }>;
};

export type ReviewItem = {
  id: string;
  authorName: string;
  rating: number;
  content: string;
  createdAt: Date;
  edited: boolean;
};

export type OwnReview = { id: string; rating: number; content: string; hidden: boolean; createdAt: Date };

/** Why the viewer may or may not review: the page says so instead of showing a form that fails. */
export type ReviewViewer =
  { kind: 'anonymous' } | { kind: 'not_buyer' } | { kind: 'buyer'; ownReview: OwnReview | null };

export type ReviewsSectionData = {
  workflowId: string;
  summary: RatingSummary;
  reviews: ReviewItem[];
  sort: ReviewSort;
  page: number;
  pageCount: number;
  viewer: ReviewViewer;
};

const visible = (workflowId: string) => and(eq(comments.workflowId, workflowId), eq(comments.hidden, false));

const ORDER: Record<ReviewSort, SQL[]> = {
  newest: [desc(comments.createdAt), desc(comments.id)],
  highest: [desc(comments.rating), desc(comments.createdAt), desc(comments.id)],
  lowest: [asc(comments.rating), desc(comments.createdAt), desc(comments.id)],
};

/** The stored aggregates (what the catalog shows) and the per-star counts of the visible reviews. */
export async function getRatingSummary(workflowId: string): Promise<RatingSummary | null> {
  const [[workflow], perStar] = await Promise.all([
    db
      .select({ average: workflows.ratingAvg, count: workflows.reviewCount })
      .from(workflows)
      .where(eq(workflows.id, workflowId)),
    db
      .select({ rating: comments.rating, count: count() })
      .from(comments)
      .where(visible(workflowId))
      .groupBy(comments.rating),
  ]);
  if (!workflow) return null;
  const byStar = new Map(perStar.map((r) => [r.rating, r.count]));
  return {
    average: workflow.average,
    count: workflow.count,
    distribution: [5, 4, 3, 2, 1].map((rating) => ({ rating, count: byStar.get(rating) ?? 0 })),
  };
}

/** One page of a workflow's visible reviews with the author's name. */
export async function listReviews(
  workflowId: string,
  { sort, page, pageSize }: { sort: ReviewSort; page: number; pageSize: number },
): Promise<ReviewItem[]> {
  const rows = await db
    .select({
      id: comments.id,
      authorName: users.name,
      rating: comments.rating,
      content: comments.content,
      createdAt: comments.createdAt,
      updatedAt: comments.updatedAt,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.userId))
    .where(visible(workflowId))
    .orderBy(...ORDER[sort])
    .limit(pageSize)
    .offset((Math.max(1, page) - 1) * pageSize);
  return rows.map(({ updatedAt, ...r }) => ({ ...r, edited: updatedAt.getTime() - r.createdAt.getTime() > 1000 }));
}

/** Whether the viewer may review: signed in, owns the workflow (ACTIVE purchase), has reviewed already. */
export async function getReviewViewer(userId: string | null, workflowId: string): Promise<ReviewViewer> {
  if (!userId) return { kind: 'anonymous' };
  const [[owned], [own]] = await Promise.all([
    db
      .select({ id: purchases.id })
      .from(purchases)
      .where(and(eq(purchases.userId, userId), eq(purchases.workflowId, workflowId), eq(purchases.status, 'ACTIVE')))
      .limit(1),
    db
      .select({
        id: comments.id,
        rating: comments.rating,
        content: comments.content,
        hidden: comments.hidden,
        createdAt: comments.createdAt,
      })
      .from(comments)
      .where(and(eq(comments.userId, userId), eq(comments.workflowId, workflowId))),
  ]);
  // An author keeps their review (to edit or delete it) even without a purchase today.
  if (!owned && !own) return { kind: 'not_buyer' };
  return { kind: 'buyer', ownReview: own ?? null };
}

/** The part of the reviews section every viewer sees alike: the summary and one page of the list. */
export type ReviewsPage = Pick<ReviewsSectionData, 'summary' | 'reviews' | 'page' | 'pageCount'>;

/** One sort/page of a workflow's reviews with its rating summary (nothing personal); null for an unknown workflow. */
export async function getReviewsPage(input: {
  workflowId: string;
  sort: ReviewSort;
  page: number;
  pageSize: number;
}): Promise<ReviewsPage | null> {
  const { workflowId, sort, pageSize } = input;
  const summary = await getRatingSummary(workflowId);
  if (!summary) return null;
  const total = summary.distribution.reduce((n, d) => n + d.count, 0);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, input.page), pageCount);
  const reviews = await listReviews(workflowId, { sort, page, pageSize });
  return { summary, reviews, page, pageCount };
}

/** Which reviews section to read: the workflow, the viewer (null: signed out), the sort and the page. */
export type ReviewsSectionInput = {
  workflowId: string;
  viewerId: string | null;
  sort: ReviewSort;
  page: number;
  pageSize: number;
};

/** Everything the workflow page's reviews section shows, for one viewer and one sort/page. */
export async function getReviewsSection(input: ReviewsSectionInput): Promise<ReviewsSectionData | null> {
  const { workflowId, viewerId, sort } = input;
  const [shared, viewer] = await Promise.all([getReviewsPage(input), getReviewViewer(viewerId, workflowId)]);
  return shared ? { workflowId, ...shared, sort, viewer } : null;
}
