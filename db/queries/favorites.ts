import 'server-only';
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { db, queryRows } from '@/db';
import { favorites, workflows, type WorkflowStatus } from '@/db/schema';
import { AppError, em } from '@/lib/errors';

/**
 * Adds a favorite. The unique (user, workflow) pair decides: adding twice, or from two tabs at once,
 * leaves one row and never errors. Only a workflow that is for sale can be added (one already among the
 * favorites, since retired, is "added" already: no error).
 */
export async function addFavorite(userId: string, workflowId: string): Promise<void> {
  // One statement: whether the workflow is for sale is read in the same snapshot as the insert, so a
  // concurrent remove cannot make an add that met an existing row look like a refusal.
  const [row] = await queryRows<{ available: boolean }>(
    db,
    sql`with w as (select id from workflows where id = ${workflowId} and status = 'active'),
        ins as (
          insert into favorites (user_id, workflow_id)
          select ${userId}::uuid, w.id from w
          on conflict (user_id, workflow_id) do nothing
          returning id
        )
        select exists (select 1 from w)
            or exists (select 1 from favorites where user_id = ${userId}::uuid and workflow_id = ${workflowId})
            as available`,
  );
  if (!row?.available) throw new AppError('not_found', em('workflowUnavailable'));
}

/** Removes a favorite; removing one that is not there is not an error. */
export async function removeFavorite(userId: string, workflowId: string): Promise<void> {
  await db.delete(favorites).where(and(eq(favorites.userId, userId), eq(favorites.workflowId, workflowId)));
}

export async function isFavorite(userId: string, workflowId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: favorites.id })
    .from(favorites)
    .where(and(eq(favorites.userId, userId), eq(favorites.workflowId, workflowId)))
    .limit(1);
  return Boolean(row);
}

/** Which of `workflowIds` the user has favorited (for a grid of cards, in one query). */
export async function listFavoritedWorkflowIds(userId: string, workflowIds: string[]): Promise<Set<string>> {
  if (workflowIds.length === 0) return new Set();
  const rows = await db
    .select({ workflowId: favorites.workflowId })
    .from(favorites)
    .where(and(eq(favorites.userId, userId), inArray(favorites.workflowId, workflowIds)));
  return new Set(rows.map((r) => r.workflowId));
}

/** The number in the header's "Favorites" link. */
export async function countFavorites(userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(favorites).where(eq(favorites.userId, userId));
  return row?.n ?? 0;
}

export type FavoriteItem = {
  workflowId: string;
  slug: string;
  title: string;
  titleVi: string | null;
  shortDescription: string;
  shortDescriptionVi: string | null;
  price: string;
  /** 'expired' workflows stay in the list, marked as unavailable. */
  status: WorkflowStatus;
  favoritedAt: Date;
};

export type FavoritesPage = { items: FavoriteItem[]; total: number; page: number; pageCount: number };

/** One page of the user's favorites, newest first; a page past the end shows the last one. */
export async function listFavorites(
  userId: string,
  { page, pageSize }: { page: number; pageSize: number },
): Promise<FavoritesPage> {
  const total = await countFavorites(userId);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  const items = await db
    .select({
      workflowId: workflows.id,
      slug: workflows.slug,
      title: workflows.title,
      titleVi: workflows.titleVi,
      shortDescription: workflows.shortDescription,
      shortDescriptionVi: workflows.shortDescriptionVi,
      price: workflows.price,
      status: workflows.status,
      favoritedAt: favorites.createdAt,
    })
    .from(favorites)
    .innerJoin(workflows, eq(workflows.id, favorites.workflowId))
    .where(eq(favorites.userId, userId))
    .orderBy(desc(favorites.createdAt), desc(favorites.id))
    .limit(pageSize)
    .offset((current - 1) * pageSize);
  return { items, total, page: current, pageCount };
}

/** For a grid of cards: which of these workflows the viewer has favorited (none when signed out). */
export async function favoritedAmong(userId: string | null, workflowIds: string[]): Promise<string[]> {
  if (!userId) return [];
  return [...(await listFavoritedWorkflowIds(userId, workflowIds))];
}
