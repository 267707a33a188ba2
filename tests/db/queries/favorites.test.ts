import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import {
  addFavorite,
  countFavorites,
  isFavorite,
  listFavoritedWorkflowIds,
  listFavorites,
  removeFavorite,
} from '@/db/queries/favorites';
import { favorites, workflows } from '@/db/schema';
import { createTestUser, createTestWorkflow } from '../../helpers/factories';

async function rowsFor(userId: string, workflowId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(favorites)
    .where(and(eq(favorites.userId, userId), eq(favorites.workflowId, workflowId)));
  return row?.n ?? 0;
}

describe('favorites data layer', () => {
  it('adding twice or removing twice never errors and never duplicates', async () => {
    const user = await createTestUser();
    const workflow = await createTestWorkflow();
    await addFavorite(user.id, workflow.id);
    await addFavorite(user.id, workflow.id);
    expect(await rowsFor(user.id, workflow.id)).toBe(1);
    expect(await isFavorite(user.id, workflow.id)).toBe(true);
    await removeFavorite(user.id, workflow.id);
    await removeFavorite(user.id, workflow.id);
    expect(await rowsFor(user.id, workflow.id)).toBe(0);
    expect(await isFavorite(user.id, workflow.id)).toBe(false);
  });

  it('parallel adds (two tabs, double clicks) leave exactly one row', async () => {
    const user = await createTestUser();
    const workflow = await createTestWorkflow();
    await Promise.all(Array.from({ length: 12 }, () => addFavorite(user.id, workflow.id)));
    expect(await rowsFor(user.id, workflow.id)).toBe(1);
  });

  it('parallel adds and removes never error, and end in one of the two states', async () => {
    const user = await createTestUser();
    const workflow = await createTestWorkflow();
    const calls = Array.from({ length: 16 }, (_, i) =>
      i % 2 === 0 ? addFavorite(user.id, workflow.id) : removeFavorite(user.id, workflow.id),
    );
    await expect(Promise.all(calls)).resolves.toBeDefined();
    expect(await rowsFor(user.id, workflow.id)).toBeLessThanOrEqual(1);
  });

  it('a workflow no longer for sale cannot be added, but an existing favorite stays listed', async () => {
    const user = await createTestUser();
    const workflow = await createTestWorkflow();
    await addFavorite(user.id, workflow.id);
    await db.update(workflows).set({ status: 'expired' }).where(eq(workflows.id, workflow.id));
    await addFavorite(user.id, workflow.id); // already there: still fine

    const retired = await createTestWorkflow({ status: 'expired' });
    await expect(addFavorite(user.id, retired.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(addFavorite(user.id, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'not_found',
    });

    const page = await listFavorites(user.id, { page: 1, pageSize: 10 });
    expect(page.items.map((i) => [i.workflowId, i.status])).toEqual([[workflow.id, 'expired']]);
  });

  it('lists newest first, in pages, with the count and only the owner’s rows', async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await createTestWorkflow());
    for (const [i, w] of made.entries()) {
      await db
        .insert(favorites)
        .values({ userId: user.id, workflowId: w.id, createdAt: new Date(Date.UTC(2026, 0, 1 + i)) });
    }
    await addFavorite(other.id, made[0]!.id);

    expect(await countFavorites(user.id)).toBe(5);
    const first = await listFavorites(user.id, { page: 1, pageSize: 2 });
    expect(first).toMatchObject({ total: 5, page: 1, pageCount: 3 });
    expect(first.items.map((i) => i.workflowId)).toEqual([made[4]!.id, made[3]!.id]);
    const last = await listFavorites(user.id, { page: 99, pageSize: 2 });
    expect(last.page).toBe(3);
    expect(last.items.map((i) => i.workflowId)).toEqual([made[0]!.id]);

    const ids = await listFavoritedWorkflowIds(
      other.id,
      made.map((w) => w.id),
    );
    expect([...ids]).toEqual([made[0]!.id]);
    expect(await listFavoritedWorkflowIds(other.id, [])).toEqual(new Set());

    // Another user's remove does not touch this user's favorite.
    await removeFavorite(other.id, made[1]!.id);
    expect(await isFavorite(user.id, made[1]!.id)).toBe(true);
  });

  it('an empty list is one empty page', async () => {
    const user = await createTestUser();
    expect(await listFavorites(user.id, { page: 3, pageSize: 10 })).toEqual({
      items: [],
      total: 0,
      page: 1,
      pageCount: 1,
    });
  });
});
