import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, queryRows } from '@/db';
import { createReview, deleteReview, setReviewHidden, updateReview } from '@/db/queries/reviews';
import { comments } from '@/db/schema';
import { createTestUser, createTestWorkflow } from '../../helpers/factories';
import { testDriver } from '../../helpers/db';
import { expectExactAggregates, REVIEW_TEXT, verifiedBuyer } from '../../helpers/reviews';
import { fulfilled, PARALLEL, race, refusals } from './helpers';

describe.runIf(testDriver() === 'postgres')('reviews at the same moment (Postgres)', () => {
  it('50 parallel reviews by one buyer: one review, the others told to edit it, aggregates equal the recount', async () => {
    const workflow = await createTestWorkflow();
    const author = await verifiedBuyer(workflow.id);

    // Each call a different rating: the stored average must be the one review that was kept.
    const outcomes = await race(PARALLEL, (i) =>
      createReview(author.id, workflow.id, { rating: (i % 5) + 1, content: `${REVIEW_TEXT} #${i}` }),
    );

    expect(fulfilled(outcomes)).toHaveLength(1);
    expect(refusals(outcomes)).toEqual(
      Array.from({ length: PARALLEL - 1 }, () => ({
        code: 'conflict',
        message: 'You have already reviewed this workflow: edit your review instead.',
      })),
    );
    const kept = await db.select().from(comments).where(eq(comments.workflowId, workflow.id));
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ userId: author.id });
    await expectExactAggregates(workflow.id, { avg: kept[0]!.rating.toFixed(2), count: 1 });
  });

  it('50 different buyers reviewing in parallel give the exact average and count', async () => {
    const workflow = await createTestWorkflow();
    const ratings = Array.from({ length: PARALLEL }, (_, i) => (i < 3 ? 5 : (i % 5) + 1));
    const buyers = await Promise.all(ratings.map(() => verifiedBuyer(workflow.id)));
    const outcomes = await race(PARALLEL, (i) =>
      createReview(buyers[i]!.id, workflow.id, { rating: ratings[i]!, content: `${REVIEW_TEXT} #${i}` }),
    );
    expect(refusals(outcomes)).toEqual([]);
    const sum = ratings.reduce((s, r) => s + r, 0);
    const avg = (Math.round((sum / ratings.length) * 100) / 100).toFixed(2);
    await expectExactAggregates(workflow.id, { avg, count: PARALLEL });
  });

  it('parallel posts, edits, deletes and moderation still end exact', async () => {
    const workflow = await createTestWorkflow();
    const admin = await createTestUser({ role: 'ADMIN' });
    const buyers = await Promise.all(Array.from({ length: 12 }, () => verifiedBuyer(workflow.id)));
    const early = await Promise.all(
      buyers.slice(0, 6).map((u, i) => createReview(u.id, workflow.id, { rating: (i % 5) + 1, content: REVIEW_TEXT })),
    );
    await Promise.all([
      ...buyers.slice(6).map((u) => createReview(u.id, workflow.id, { rating: 5, content: REVIEW_TEXT })),
      updateReview(buyers[0]!.id, early[0]!.id, { rating: 3, content: REVIEW_TEXT }),
      deleteReview(buyers[1]!.id, early[1]!.id),
      setReviewHidden(admin.id, early[2]!.id, true),
      // The same user twice at once: one succeeds, the other is a conflict, never a duplicate.
      createReview(buyers[3]!.id, workflow.id, { rating: 1, content: REVIEW_TEXT }).catch((e: unknown) => e),
    ]);
    const [truth] = await queryRows<{ avg: string; count: number }>(
      db,
      sql`select round(avg(rating)::numeric, 2)::text as avg, count(*)::int as count
          from comments where workflow_id = ${workflow.id} and hidden = false`,
    );
    expect(Number(truth!.count)).toBe(10);
    await expectExactAggregates(workflow.id, { avg: truth!.avg, count: 10 });
  });
});
