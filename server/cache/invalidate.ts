import 'server-only';
import { revalidateTag, updateTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';

/**
 * What a write changed, named once, with the cache tags (lib/cache-tags.ts) of every cached read that
 * shows it. A write expires exactly these, so the next request sees the change in both page variants
 * (the anonymous one, statically cached, and the signed-in one) and nothing else is recomputed.
 *
 * Writes that only touch the signed-in user's own dynamic pages (notifications, settings, email
 * confirmation) or admin pages have no event: nothing shared is cached, the action calls `refresh()`.
 */
export type CacheEvent = { readonly name: string; readonly tags: readonly string[] };

const event = (name: string, ...tags: string[]): CacheEvent => ({ name, tags });

/** A workflow's own data or its place in lists: admin create, edit, status, delete; asset add, remove, reorder. */
export const workflowChanged = (workflowId: string) =>
  event('workflowChanged', cacheTags.catalog, cacheTags.workflow(workflowId));

/** A category's name, description or its existence (the catalog's filters and category links list it). */
export const categoryChanged = (categoryId: string) =>
  event('categoryChanged', cacheTags.catalog, cacheTags.category(categoryId));

/** A search alias added or removed (issue 15): any word search may read differently. */
export const searchAliasesChanged = () => event('searchAliasesChanged', cacheTags.catalog);

/** A review written, edited, deleted, hidden or shown: the list, the workflow's rating and count, the cards. */
export const reviewChanged = (workflowId: string) =>
  event('reviewChanged', cacheTags.reviews(workflowId), cacheTags.workflow(workflowId), cacheTags.catalog);

/**
 * A reviewer's shown name changed (renamed, or the account deleted): the review lists that show it.
 * Ratings and counts are unchanged, so the cards and the workflow's own data stay cached.
 */
export const reviewerRenamed = (workflowIds: readonly string[]) =>
  event('reviewerRenamed', ...workflowIds.map((id) => cacheTags.reviews(id)));

/**
 * A purchase approved (by an admin, a statement import, a linked transfer or a bank webhook): the
 * workflow's sales count and the "best selling" order of every list.
 */
export const saleRecorded = (workflowId: string) =>
  event('saleRecorded', cacheTags.workflow(workflowId), cacheTags.catalog);

/** A user's favorites: only that user's own entries (the hearts and the count are never in a shared one). */
export const favoritesChanged = (userId: string) => event('favoritesChanged', cacheTags.user(userId, 'favorites'));

/** The tags of several events, each once. */
export function tagsOf(events: readonly CacheEvent[]): string[] {
  return [...new Set(events.flatMap((e) => e.tags))];
}

/**
 * In a server action: the tags expire now and this action's response already renders the fresh data
 * (read-your-own-writes), so the page the form was on shows the change with or without JavaScript.
 */
export function expireInAction(...events: CacheEvent[]): void {
  for (const tag of tagsOf(events)) updateTag(tag);
}

/**
 * In a route handler (bank webhooks), where `updateTag` is refused: `revalidateTag` with `expire: 0`
 * expires the entries at once, so the next request recomputes them instead of being served the stale
 * copy while they refresh in the background.
 */
export function expireInRouteHandler(...events: CacheEvent[]): void {
  for (const tag of tagsOf(events)) revalidateTag(tag, { expire: 0 });
}
