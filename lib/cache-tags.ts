/**
 * The one list of cache tags. Every cached read (server/catalog-cache.ts) names the tags it depends on,
 * and every write expires the tags of what it changed (server/cache/invalidate.ts), so a change is
 * visible on the next request in both page variants (the anonymous, statically cached one and the
 * signed-in one).
 *
 * Tags are stored in plain text by the cache: they carry ids only, never an email, a name or a token.
 */
export const cacheTags = {
  /** Anything that lists several workflows: catalog pages, search, home, facets, related workflows. */
  catalog: 'catalog',
  /** One workflow's own page data (title, price, gallery, status, rating, sales count). */
  workflow: (workflowId: string) => `workflow:${workflowId}`,
  /** One workflow's published reviews (the list and the summary). */
  reviews: (workflowId: string) => `reviews:${workflowId}`,
  /** One category's own page data (name, description). */
  category: (categoryId: string) => `category:${categoryId}`,
  /** One user's own data of a kind; only ever in that user's cache entries, never a shared one. */
  user: (userId: string, part: 'favorites' | 'library' | 'notifications') => `user:${userId}:${part}`,
} as const;
