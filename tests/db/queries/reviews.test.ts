import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { createReview, deleteReview, setReviewHidden, updateReview } from '@/db/queries/reviews';
import { auditLog, comments, users } from '@/db/schema';
import { createTestPurchase, createTestUser, createTestWorkflow } from '../../helpers/factories';
import { expectExactAggregates, REVIEW_TEXT, verifiedBuyer } from '../../helpers/reviews';

describe('reviews: who may post', () => {
  it('refuses a non-buyer, a pending and a rejected buyer, and changes nothing', async () => {
    const workflow = await createTestWorkflow();
    const stranger = await createTestUser();
    const pending = await createTestUser();
    await createTestPurchase(pending.id, workflow.id, { status: 'PENDING' });
    const rejected = await createTestUser();
    await createTestPurchase(rejected.id, workflow.id, { status: 'REJECT' });
    for (const user of [stranger, pending, rejected]) {
      await expect(createReview(user.id, workflow.id, { rating: 5, content: REVIEW_TEXT })).rejects.toMatchObject({
        code: 'forbidden',
        message: 'Buy this workflow to review it.',
      });
    }
    expect(await db.select().from(comments).where(eq(comments.workflowId, workflow.id))).toEqual([]);
    await expectExactAggregates(workflow.id, { avg: '0.00', count: 0 });
  });

  it('refuses an unknown workflow and out-of-range input', async () => {
    const workflow = await createTestWorkflow();
    const user = await verifiedBuyer(workflow.id);
    await expect(
      createReview(user.id, '00000000-0000-4000-8000-000000000000', { rating: 5, content: REVIEW_TEXT }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(createReview(user.id, workflow.id, { rating: 6, content: REVIEW_TEXT })).rejects.toMatchObject({
      code: 'invalid',
      field: 'rating',
    });
    await expect(createReview(user.id, workflow.id, { rating: 0, content: REVIEW_TEXT })).rejects.toMatchObject({
      code: 'invalid',
    });
    await expect(createReview(user.id, workflow.id, { rating: 4, content: '   too short   ' })).rejects.toMatchObject({
      code: 'invalid',
      field: 'content',
    });
    await expect(createReview(user.id, workflow.id, { rating: 4, content: 'x'.repeat(2001) })).rejects.toMatchObject({
      code: 'invalid',
    });
  });
});

describe('reviews: a buyer posts, edits and deletes', () => {
  it('keeps the aggregates exact through post, second post, edit and delete', async () => {
    const workflow = await createTestWorkflow();
    const [a, b, c] = [
      await verifiedBuyer(workflow.id),
      await verifiedBuyer(workflow.id),
      await verifiedBuyer(workflow.id),
    ];

    const first = await createReview(a.id, workflow.id, { rating: 5, content: `  ${REVIEW_TEXT}  ` });
    expect(first).toMatchObject({ workflowId: workflow.id, slug: workflow.slug });
    const [row] = await db.select().from(comments).where(eq(comments.id, first.id));
    expect(row).toMatchObject({ userId: a.id, rating: 5, content: REVIEW_TEXT, hidden: false });
    await expectExactAggregates(workflow.id, { avg: '5.00', count: 1 });

    await expect(createReview(a.id, workflow.id, { rating: 1, content: REVIEW_TEXT })).rejects.toMatchObject({
      code: 'conflict',
    });
    await expectExactAggregates(workflow.id, { avg: '5.00', count: 1 });

    await createReview(b.id, workflow.id, { rating: 4, content: REVIEW_TEXT });
    const third = await createReview(c.id, workflow.id, { rating: 4, content: REVIEW_TEXT });
    await expectExactAggregates(workflow.id, { avg: '4.33', count: 3 });

    await updateReview(c.id, third.id, { rating: 1, content: 'Changed my mind after a week.' });
    const [edited] = await db.select().from(comments).where(eq(comments.id, third.id));
    expect(edited).toMatchObject({ rating: 1, content: 'Changed my mind after a week.' });
    await expectExactAggregates(workflow.id, { avg: '3.33', count: 3 });

    await deleteReview(a.id, first.id);
    expect(await db.select().from(comments).where(eq(comments.id, first.id))).toEqual([]);
    await expectExactAggregates(workflow.id, { avg: '2.50', count: 2 });

    // The author may post again after deleting.
    await createReview(a.id, workflow.id, { rating: 2, content: REVIEW_TEXT });
    await expectExactAggregates(workflow.id, { avg: '2.33', count: 3 });
  });

  it("another user's review cannot be edited or deleted", async () => {
    const workflow = await createTestWorkflow();
    const author = await verifiedBuyer(workflow.id);
    const other = await verifiedBuyer(workflow.id);
    const review = await createReview(author.id, workflow.id, { rating: 5, content: REVIEW_TEXT });
    await expect(
      updateReview(other.id, review.id, { rating: 1, content: 'Sabotage attempt text.' }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(deleteReview(other.id, review.id)).rejects.toMatchObject({ code: 'not_found' });
    const [row] = await db.select().from(comments).where(eq(comments.id, review.id));
    expect(row).toMatchObject({ rating: 5, content: REVIEW_TEXT });
    await expectExactAggregates(workflow.id, { avg: '5.00', count: 1 });
  });
});

describe('reviews: moderation', () => {
  it('an admin hides and unhides a review; hidden reviews do not count', async () => {
    const workflow = await createTestWorkflow();
    const admin = await createTestUser({ role: 'ADMIN' });
    const [a, b] = [await verifiedBuyer(workflow.id), await verifiedBuyer(workflow.id)];
    const spam = await createReview(a.id, workflow.id, { rating: 1, content: 'Cheaper copies on my channel!!!' });
    await createReview(b.id, workflow.id, { rating: 4, content: REVIEW_TEXT });
    await expectExactAggregates(workflow.id, { avg: '2.50', count: 2 });

    expect(await setReviewHidden(admin.id, spam.id, true)).toMatchObject({ hidden: true, slug: workflow.slug });
    await expectExactAggregates(workflow.id, { avg: '4.00', count: 1 });
    await setReviewHidden(admin.id, spam.id, true); // already hidden: nothing changes
    await expectExactAggregates(workflow.id, { avg: '4.00', count: 1 });

    // Editing a hidden review keeps it hidden and out of the average.
    await updateReview(a.id, spam.id, { rating: 5, content: 'Edited, still hidden though.' });
    await expectExactAggregates(workflow.id, { avg: '4.00', count: 1 });

    await setReviewHidden(admin.id, spam.id, false);
    await expectExactAggregates(workflow.id, { avg: '4.50', count: 2 });

    const entries = await db
      .select({ action: auditLog.action, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'comment'), eq(auditLog.entityId, spam.id)))
      .orderBy(auditLog.createdAt);
    expect(entries).toEqual([
      { action: 'review.hide', actorId: admin.id },
      { action: 'review.unhide', actorId: admin.id },
    ]);
  });

  it('refuses anybody whose database row is not an active admin', async () => {
    const workflow = await createTestWorkflow();
    const author = await verifiedBuyer(workflow.id);
    const review = await createReview(author.id, workflow.id, { rating: 3, content: REVIEW_TEXT });
    const shopper = await createTestUser();
    const demoted = await createTestUser({ role: 'ADMIN' });
    await db.update(users).set({ role: 'USER' }).where(eq(users.id, demoted.id));
    const disabled = await createTestUser({ role: 'ADMIN' });
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
    for (const id of [author.id, shopper.id, demoted.id, disabled.id]) {
      await expect(setReviewHidden(id, review.id, true)).rejects.toMatchObject({ code: 'forbidden' });
    }
    const admin = await createTestUser({ role: 'ADMIN' });
    await expect(setReviewHidden(admin.id, '00000000-0000-4000-8000-000000000000', true)).rejects.toMatchObject({
      code: 'not_found',
    });
    const [row] = await db.select({ hidden: comments.hidden }).from(comments).where(eq(comments.id, review.id));
    expect(row?.hidden).toBe(false);
    await expectExactAggregates(workflow.id, { avg: '3.00', count: 1 });
  });
});
