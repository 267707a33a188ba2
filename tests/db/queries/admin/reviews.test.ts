import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { listLatestReviews } from '@/db/queries/admin/reviews';
import { setReviewHidden } from '@/db/queries/reviews';
import { auditLog, comments, workflows } from '@/db/schema';
import { createTestUser, createTestWorkflow } from '../../../helpers/factories';

async function review(workflowId: string, rating: number, hidden = false) {
  const user = await createTestUser();
  const [row] = await db
    .insert(comments)
    .values({ userId: user.id, workflowId, rating, content: `Rated ${rating}`, hidden })
    .returning();
  return row!;
}

const ratingOf = async (id: string) => {
  const [w] = await db
    .select({ avg: workflows.ratingAvg, n: workflows.reviewCount })
    .from(workflows)
    .where(eq(workflows.id, id));
  return w;
};

describe('admin reviews', () => {
  let adminId: string;
  beforeAll(async () => {
    adminId = (await createTestUser({ role: 'ADMIN' })).id;
  });

  it('hides and unhides a review; the rating average and count follow', async () => {
    const w = await createTestWorkflow();
    const five = await review(w.id, 5);
    await review(w.id, 2);
    await review(w.id, 4);
    await setReviewHidden(adminId, five.id, true);
    expect(await ratingOf(w.id)).toEqual({ avg: '3.00', n: 2 });
    // Twice (a double click, two admins): the second changes nothing.
    await setReviewHidden(adminId, five.id, true);
    expect(await ratingOf(w.id)).toEqual({ avg: '3.00', n: 2 });
    await setReviewHidden(adminId, five.id, false);
    expect(await ratingOf(w.id)).toEqual({ avg: '3.67', n: 3 });
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, five.id)).orderBy(auditLog.createdAt);
    expect(audit.map((a) => a.action)).toEqual(['review.hide', 'review.unhide']);
  });

  it('falls back to 0 when every review is hidden, and lists hidden ones', async () => {
    const w = await createTestWorkflow();
    const only = await review(w.id, 1);
    await setReviewHidden(adminId, only.id, true);
    expect(await ratingOf(w.id)).toEqual({ avg: '0.00', n: 0 });
    const hidden = await listLatestReviews(adminId, { state: 'hidden', page: 1 });
    expect(hidden.rows.map((r) => r.id)).toContain(only.id);
    expect(hidden.rows.every((r) => r.hidden)).toBe(true);
  });

  it('refuses a shopper', async () => {
    const shopper = await createTestUser();
    const w = await createTestWorkflow();
    const r = await review(w.id, 3);
    await expect(setReviewHidden(shopper.id, r.id, true)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listLatestReviews(shopper.id, { state: 'all', page: 1 })).rejects.toMatchObject({ code: 'forbidden' });
  });

  describe.runIf(process.env.TEST_DRIVER === 'postgres')('at the same moment', () => {
    it('hiding two reviews of one workflow at once counts both', async () => {
      const w = await createTestWorkflow();
      const a = await review(w.id, 5);
      const b = await review(w.id, 4);
      await review(w.id, 1);
      await Promise.all([setReviewHidden(adminId, a.id, true), setReviewHidden(adminId, b.id, true)]);
      expect(await ratingOf(w.id)).toEqual({ avg: '1.00', n: 1 });
    });
  });
});
