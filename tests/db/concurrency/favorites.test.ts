import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { addFavorite, countFavorites, isFavorite, listFavorites, removeFavorite } from '@/db/queries/favorites';
import { favorites, workflows } from '@/db/schema';
import { createTestUser, createTestWorkflow } from '../../helpers/factories';
import { testDriver } from '../../helpers/db';
import { fulfilled, PARALLEL, race, refusals } from './helpers';

const rowsOf = async (userId: string, workflowId?: string) =>
  (
    await db
      .select({ n: count() })
      .from(favorites)
      .where(and(eq(favorites.userId, userId), workflowId ? eq(favorites.workflowId, workflowId) : undefined))
  )[0]!.n;

/** The header's count, the favorites page's total and its list all equal the recount of the rows. */
async function expectCountsEqualRows(userId: string): Promise<number> {
  const rows = await rowsOf(userId);
  expect(await countFavorites(userId)).toBe(rows);
  const page = await listFavorites(userId, { page: 1, pageSize: 100 });
  expect(page.total).toBe(rows);
  expect(new Set(page.items.map((i) => i.workflowId)).size).toBe(rows);
  return rows;
}

describe.runIf(testDriver() === 'postgres')('favorites at the same moment (Postgres)', () => {
  it('50 parallel adds by one user over 5 workflows: one row each, counts equal the recount', async () => {
    const user = await createTestUser();
    const picked = await Promise.all(Array.from({ length: 5 }, () => createTestWorkflow()));

    const outcomes = await race(PARALLEL, (i) => addFavorite(user.id, picked[i % 5]!.id));

    expect(refusals(outcomes)).toEqual([]);
    for (const w of picked) expect(await rowsOf(user.id, w.id)).toBe(1);
    expect(await expectCountsEqualRows(user.id)).toBe(5);
  });

  it('50 parallel toggles (add and remove) by one user: never an error, counts equal the recount', async () => {
    const user = await createTestUser();
    const picked = await Promise.all(Array.from({ length: 5 }, () => createTestWorkflow()));
    await addFavorite(user.id, picked[0]!.id);

    const outcomes = await race(PARALLEL, (i) =>
      (i % 2 === 0 ? addFavorite : removeFavorite)(user.id, picked[Math.floor(i / 2) % 5]!.id),
    );

    expect(refusals(outcomes)).toEqual([]);
    let hearts = 0;
    for (const w of picked) {
      const rows = await rowsOf(user.id, w.id);
      expect(rows).toBeLessThanOrEqual(1);
      expect(await isFavorite(user.id, w.id)).toBe(rows === 1);
      hearts += rows;
    }
    expect(await expectCountsEqualRows(user.id)).toBe(hearts);
  });

  it('50 parallel adds while the workflow is withdrawn from sale: a row exactly when an add succeeded', async () => {
    const user = await createTestUser();
    const workflow = await createTestWorkflow();

    const [outcomes] = await Promise.all([
      race(PARALLEL, () => addFavorite(user.id, workflow.id)),
      db.update(workflows).set({ status: 'expired' }).where(eq(workflows.id, workflow.id)),
    ]);

    const added = fulfilled(outcomes).length;
    // A refused add says why, and is never a database error.
    expect(refusals(outcomes)).toEqual(
      Array.from({ length: PARALLEL - added }, () => ({
        code: 'not_found',
        message: 'This workflow is no longer available.',
      })),
    );
    expect(await rowsOf(user.id, workflow.id)).toBe(added > 0 ? 1 : 0);
    await expectCountsEqualRows(user.id);
  });
});
