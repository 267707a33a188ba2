import { eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { db, queryRows } from '@/db';
import { workflows } from '@/db/schema';
import { createTestPurchase, createTestUser } from './factories';

/** A review text of the allowed length. */
export const REVIEW_TEXT = 'Worked on the first try, setup took ten minutes.';

/** A verified buyer of the workflow (an ACTIVE purchase), who may review it. */
export async function verifiedBuyer(workflowId: string) {
  const user = await createTestUser();
  await createTestPurchase(user.id, workflowId, { status: 'ACTIVE' });
  return user;
}

/** The stored aggregates equal what the visible reviews say, computed independently. */
export async function expectExactAggregates(workflowId: string, expected: { avg: string; count: number }) {
  const [truth] = await queryRows<{ avg: string | null; count: number }>(
    db,
    sql`select round(avg(rating)::numeric, 2)::text as avg, count(*)::int as count
        from comments where workflow_id = ${workflowId} and hidden = false`,
  );
  const [row] = await db
    .select({ avg: workflows.ratingAvg, count: workflows.reviewCount })
    .from(workflows)
    .where(eq(workflows.id, workflowId));
  expect(row).toEqual(expected);
  expect(row!.count).toBe(Number(truth!.count));
  expect(row!.avg).toBe(truth!.avg ?? '0.00');
}
