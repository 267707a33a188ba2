import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { createReview, getReviewsSection, getReviewViewer, setReviewHidden } from '@/db/queries/reviews';
import { comments } from '@/db/schema';
import { createTestPurchase, createTestUser, createTestWorkflow } from '../../helpers/factories';

const TEXT = 'A review long enough to pass the rules.';

async function reviewedWorkflow(ratings: number[]) {
  const workflow = await createTestWorkflow();
  const reviews = [];
  for (const [i, rating] of ratings.entries()) {
    const user = await createTestUser({ name: `Buyer ${i}` });
    await createTestPurchase(user.id, workflow.id, { status: 'ACTIVE' });
    const review = await createReview(user.id, workflow.id, { rating, content: `${TEXT} #${i}` });
    // Distinct, increasing times: review i is newer than review i-1.
    const at = new Date(Date.UTC(2026, 5, 1 + i));
    await db.update(comments).set({ createdAt: at, updatedAt: at }).where(eq(comments.id, review.id));
    reviews.push({ ...review, userId: user.id, rating });
  }
  return { workflow, reviews };
}

describe('reviews section (read side)', () => {
  it('summarises the visible reviews: average, count and a 5-to-1 distribution', async () => {
    const { workflow, reviews } = await reviewedWorkflow([5, 5, 4, 1, 3]);
    const admin = await createTestUser({ role: 'ADMIN' });
    await setReviewHidden(admin.id, reviews[3]!.id, true);
    const data = await getReviewsSection({
      workflowId: workflow.id,
      viewerId: null,
      sort: 'newest',
      page: 1,
      pageSize: 10,
    });
    expect(data?.summary).toEqual({
      average: '4.25',
      count: 4,
      distribution: [
        { rating: 5, count: 2 },
        { rating: 4, count: 1 },
        { rating: 3, count: 1 },
        { rating: 2, count: 0 },
        { rating: 1, count: 0 },
      ],
    });
    expect(data?.reviews.map((r) => r.id)).not.toContain(reviews[3]!.id);
    expect(data?.viewer).toEqual({ kind: 'anonymous' });
  });

  it('sorts newest / highest / lowest and pages through the list', async () => {
    const { workflow, reviews } = await reviewedWorkflow([3, 5, 1, 4, 2]);
    const section = (sort: 'newest' | 'highest' | 'lowest', page: number) =>
      getReviewsSection({ workflowId: workflow.id, viewerId: null, sort, page, pageSize: 2 });

    const newest = await section('newest', 1);
    expect(newest?.reviews.map((r) => r.rating)).toEqual([2, 4]);
    expect(newest).toMatchObject({ page: 1, pageCount: 3 });
    expect((await section('highest', 1))?.reviews.map((r) => r.rating)).toEqual([5, 4]);
    expect((await section('lowest', 1))?.reviews.map((r) => r.rating)).toEqual([1, 2]);
    expect((await section('lowest', 3))?.reviews.map((r) => r.rating)).toEqual([5]);
    const pastEnd = await section('newest', 9);
    expect(pastEnd?.page).toBe(3);
    expect(pastEnd?.reviews.map((r) => r.id)).toEqual([reviews[0]!.id]);
    expect(newest?.reviews[0]).toMatchObject({ authorName: 'Buyer 4', content: `${TEXT} #4`, edited: false });
  });

  it('tells each viewer whether they may review', async () => {
    const { workflow, reviews } = await reviewedWorkflow([4]);
    const stranger = await createTestUser();
    const pending = await createTestUser();
    await createTestPurchase(pending.id, workflow.id, { status: 'PENDING' });
    const owner = await createTestUser();
    await createTestPurchase(owner.id, workflow.id, { status: 'ACTIVE' });

    expect(await getReviewViewer(null, workflow.id)).toEqual({ kind: 'anonymous' });
    expect(await getReviewViewer(stranger.id, workflow.id)).toEqual({ kind: 'not_buyer' });
    expect(await getReviewViewer(pending.id, workflow.id)).toEqual({ kind: 'not_buyer' });
    expect(await getReviewViewer(owner.id, workflow.id)).toEqual({ kind: 'buyer', ownReview: null });
    expect(await getReviewViewer(reviews[0]!.userId, workflow.id)).toMatchObject({
      kind: 'buyer',
      ownReview: { id: reviews[0]!.id, rating: 4, content: `${TEXT} #0`, hidden: false },
    });
  });

  it('keeps markup as plain text and answers null for an unknown workflow', async () => {
    const workflow = await createTestWorkflow();
    const user = await createTestUser();
    await createTestPurchase(user.id, workflow.id, { status: 'ACTIVE' });
    const markup = '<img src=x onerror="alert(1)"> <b>bold</b>';
    await createReview(user.id, workflow.id, { rating: 5, content: markup });
    const data = await getReviewsSection({
      workflowId: workflow.id,
      viewerId: user.id,
      sort: 'newest',
      page: 1,
      pageSize: 5,
    });
    expect(data?.reviews[0]?.content).toBe(markup);
    expect(
      await getReviewsSection({
        workflowId: '00000000-0000-4000-8000-000000000000',
        viewerId: null,
        sort: 'newest',
        page: 1,
        pageSize: 5,
      }),
    ).toBeNull();
  });
});
