import { unstable_cache } from 'next/cache';
import { listAppOptions } from '@/db/queries/catalog/categories';
import { searchWorkflows } from '@/db/queries/catalog/search-workflows';
import type { CatalogSearch } from '@/lib/validations/catalog';

/**
 * The catalog changes when an admin edits it, not per request: a results page is cached for a minute
 * per state (the key is the parsed, normalised URL state). Admin changes call revalidatePath('/', 'layout'),
 * which purges these entries too (e2e/admin.spec.ts: a new workflow is listed at once).
 */
export const CATALOG_TAG = 'catalog';

export const cachedSearch = unstable_cache((state: CatalogSearch) => searchWorkflows(state), ['catalog-search'], {
  revalidate: 60,
  tags: [CATALOG_TAG],
});

/** The "Apps" filter options read every workflow's metadata: cached for a few minutes. */
export const cachedAppOptions = unstable_cache(() => listAppOptions(), ['catalog-app-options'], {
  revalidate: 300,
  tags: [CATALOG_TAG],
});
