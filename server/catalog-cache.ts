import 'server-only';
import { unstable_cache } from 'next/cache';
import { getCategoryBySlug, listAppOptions, listCompatGroups } from '@/db/queries/catalog/categories';
import { getWorkflowBySlug } from '@/db/queries/catalog/get-workflow';
import { getHomeData } from '@/db/queries/catalog/home';
import { listRelatedWorkflows } from '@/db/queries/catalog/related-workflows';
import {
  getReviewsPage,
  getReviewViewer,
  type ReviewsSectionData,
  type ReviewsSectionInput,
} from '@/db/queries/reviews';
import { suggestSearch } from '@/db/queries/catalog/search-suggest';
import { searchWorkflows } from '@/db/queries/catalog/search-workflows';
import { cacheTags } from '@/lib/cache-tags';
import type { CatalogSearch } from '@/lib/validations/catalog';

/**
 * The shop's shared data, cached across requests and users (Next's data cache): the key is the function's
 * name and its arguments (the parsed, normalised URL state; a slug; an id), never anything personal. Each
 * entry carries its tags (lib/cache-tags.ts); a write expires them (server/cache/invalidate.ts), and a
 * page generated from these reads takes their tags too, so the anonymous variant's cached HTML is
 * regenerated on the next request after a change. The time limits are only a safety net.
 */
const catalog = [cacheTags.catalog];

export const cachedSearch = unstable_cache((state: CatalogSearch) => searchWorkflows(state), ['catalog-search'], {
  revalidate: 300,
  tags: catalog,
});

/** Suggestions while typing (/api/search/suggest), by the query as typed. */
export const cachedSuggestions = unstable_cache((q: string) => suggestSearch(q), ['search-suggest'], {
  revalidate: 300,
  tags: catalog,
});

/** The "Apps" filter options read every workflow's metadata. */
export const cachedAppOptions = unstable_cache(() => listAppOptions(), ['catalog-app-options'], {
  revalidate: 3600,
  tags: catalog,
});

/** The "Runs on" facets of the unfiltered catalog read every catalog entry. */
export const cachedCompatGroups = unstable_cache(() => listCompatGroups(), ['catalog-compat-groups'], {
  revalidate: 3600,
  tags: catalog,
});

export const cachedHome = unstable_cache(() => getHomeData(), ['catalog-home'], { revalidate: 3600, tags: catalog });

/** A workflow page's own data (JSON-safe: dates are ISO strings), by slug; null for an unknown slug. */
export const cachedWorkflow = unstable_cache((slug: string) => getWorkflowBySlug(slug), ['workflow-page'], {
  revalidate: 3600,
  tags: catalog,
});

export const cachedRelated = unstable_cache((workflowId: string) => listRelatedWorkflows(workflowId), ['related'], {
  revalidate: 3600,
  tags: catalog,
});

export const cachedCategory = unstable_cache((slug: string) => getCategoryBySlug(slug), ['category-page'], {
  revalidate: 3600,
  tags: catalog,
});

/**
 * A workflow page's reviews section: the summary and the page of reviews are shared (cached per workflow,
 * sort and page, tagged with the workflow's reviews and its own data, which holds the stored rating); only
 * whether the viewer may review, and their own review, is read per request. Without the cache every
 * signed-in view of a workflow page ran the summary and list queries again.
 */
export async function cachedReviewsSection(input: ReviewsSectionInput): Promise<ReviewsSectionData | null> {
  const { workflowId, viewerId, sort, page, pageSize } = input;
  const sharedPage = unstable_cache(
    () => getReviewsPage({ workflowId, sort, page, pageSize }),
    ['reviews-page', workflowId, sort, String(page), String(pageSize)],
    { revalidate: 3600, tags: [cacheTags.reviews(workflowId), cacheTags.workflow(workflowId)] },
  );
  const [shared, viewer] = await Promise.all([sharedPage(), getReviewViewer(viewerId, workflowId)]);
  if (!shared) return null;
  // The cache keeps JSON: the dates come back as strings.
  const reviews = shared.reviews.map((r) => ({ ...r, createdAt: new Date(r.createdAt) }));
  return { workflowId, ...shared, reviews, sort, viewer };
}

/**
 * Marks the page being generated as depending on `tags` as well, for the tags a cached read cannot know
 * before it runs (`workflow:<id>` of a workflow found by its slug). An ISR page takes the tags of every
 * `unstable_cache` read made while it renders; this read caches nothing but its tags.
 */
export async function dependsOn(...tags: string[]): Promise<void> {
  await unstable_cache(async () => true, ['depends-on', ...tags], { tags })();
}
