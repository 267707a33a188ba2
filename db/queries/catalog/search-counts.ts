import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { catalogAppCounts, catalogCompatCounts, catalogCounts, categorySets, type Category } from '@/db/schema';
import type { CatalogSearch } from '@/lib/validations/catalog';
import { aliased, c, e, rendered, selectList } from './typed-sql';

/**
 * The catalog's counts: the category facets (kept by triggers for an unfiltered catalog, or spread from
 * the matches' category-set groups) and the total in the chosen categories. search-workflows.ts puts them
 * into its one statement.
 */

export type CategoryFacet = Pick<Category, 'slug' | 'name' | 'nameVi'> & { count: number };

/** An app with its number of matches for the current query and filters except the app filter. */
export type AppFacet = { name: string; count: number };

/** How many apps the facet lists at most, the most used first (the sidebar shows fewer). */
export const MAX_APP_FACETS = 40;

/**
 * The per-app counts of the catalog entries `e` in `from` (a relation aliased `e` with an `apps` column)
 * that meet `where`, as the facets' JSON, most used first. The apps are unnested in the select list (a
 * ProjectSet): a lateral `cross join unnest(…)` would set up a function scan for each of thousands of matches.
 */
export const appFacetsFrom = (
  from: SQL,
  where: SQL,
) => sql`(select coalesce(json_agg(f order by f.count desc, f.name), '[]'::json) from (
  select app as name, count(*)::int as count from (select unnest(${e.apps}) as app from ${from} where ${where}) x
  group by app order by count(*) desc, app limit ${MAX_APP_FACETS}) f)`;

/**
 * The catalog entries `e` in `from` that meet `where`, grouped by platform, lowest n8n version and community
 * nodes (a handful of groups), as JSON: the "Runs on" facets are counted from them (compatFacets).
 */
export const compatGroupsFrom = (from: SQL, where: SQL) => sql`(select coalesce(json_agg(f), '[]'::json) from (
  select ${e.platform} as platform, ${e.minN8n} as "minN8n", ${e.communityNodes} as community, count(*)::int as count
  from ${from} where ${where} group by 1, 2, 3) f)`;

/** `catalog_counts n`, `category_sets s`, `catalog_compat_counts k`, `catalog_app_counts ka` */
const n = aliased(catalogCounts, 'n');
const s = aliased(categorySets, 's');
const k = aliased(catalogCompatCounts, 'k');
const ka = aliased(catalogAppCounts, 'ka');

export const slugList = (slugs: string[]) =>
  sql.join(
    slugs.map((slug) => sql`${slug}`),
    sql`, `,
  );

/** Every category with its count from `counts` (category_id, count), as the facets' JSON. */
const facetsFrom = (counts: SQL) => sql`(select coalesce(json_agg(f order by f.name), '[]'::json) from (
  select ${selectList({ slug: c.slug, name: c.name, nameVi: c.nameVi, count: sql`coalesce(counts.count, 0)::int` } satisfies Record<keyof CategoryFacet, unknown>)}
  from ${c.$table} left join (${counts}) counts on counts.category_id = ${c.id}) f)`;

/** Active workflows per category, kept by triggers (catalog_counts): the facets of an unfiltered catalog. */
export const keptFacets = rendered(
  facetsFrom(sql`select ${c.id} as category_id, ${n.activeWorkflows} as count
  from ${n.$table} join ${c.$table} on ${n.key} = ${c.id}::text`),
);

/**
 * The per-category counts from `groups` (set_id, n): the matches grouped by their category set (a few
 * dozen groups of a small integer), each group's count then spread over the categories of its set.
 */
export const facetsFromGroups = rendered(
  facetsFrom(sql`select category_id, sum(g.n) as count from groups g
  join ${s.$table} on ${s.id} = g.set_id, unnest(${s.categoryIds}) category_id group by category_id`),
);

/** The category sets that hold any of the chosen categories (an init plan), for `set_id = any(…)`. */
const chosenSets = (slugs: string[]) => sql`array(select ${s.id} from ${s.$table}
  where ${s.categoryIds} && array(select ${c.id} from ${c.$table} where ${c.slug} in (${slugList(slugs)})))`;

/**
 * Whether the category set `setId` holds a chosen category (always, when none is chosen). The sets are
 * the statement's `chosen` CTE (`chosenCte`), so a statement that asks several times plans them once.
 */
export const inChosen = (setId: SQL, slugs: string[]) =>
  slugs.length > 0 ? sql`${setId} = any((select ids from chosen)::int[])` : sql`true`;

/** The `chosen` CTE that `inChosen` reads (nothing when no category is chosen), with its trailing comma. */
export const chosenCte = (slugs: string[]) =>
  slugs.length > 0 ? sql`chosen as materialized (select ${chosenSets(slugs)} as ids), ` : sql``;

/** `with` and the `chosen` CTE alone, for a statement that has no other (nothing when no category is chosen). */
export const chosenWith = (slugs: string[]) =>
  slugs.length > 0 ? sql`with chosen as materialized (select ${chosenSets(slugs)} as ids) ` : sql``;

/** The total from `groups`: the matches in the chosen categories. */
export const totalFromGroups = (slugs: string[]) =>
  sql`(select coalesce(sum(g.n), 0)::int from groups g where ${inChosen(sql`g.set_id`, slugs)})`;

/** True when nothing but the categories narrows the catalog (no words, price, rating, apps, platform or n8n filters). */
export function unfiltered(search: CatalogSearch): boolean {
  return countedByKept(search) && search.minRating === undefined;
}

/**
 * The number of active workflows in any of `slugs` with no other filter: the kept counts for none or one
 * category; for several, the kept facet counts (catalog_compat_counts) of the category sets that hold one of
 * them (the statement's `chosen` CTE).
 */
export function unfilteredTotal(slugs: string[]): SQL {
  if (slugs.length === 0) {
    return sql`coalesce((select ${n.activeWorkflows} from ${n.$table} where ${n.key} = 'all'), 0)`;
  }
  if (slugs.length === 1) {
    return sql`coalesce((select ${n.activeWorkflows} from ${n.$table} join ${c.$table} on ${n.key} = ${c.id}::text
      where ${c.slug} = ${slugs[0]}), 0)`;
  }
  return sql`(select coalesce(sum(${k.entries}), 0)::int from ${k.$table} where ${inChosen(k.categorySetId, slugs)})`;
}

/**
 * True when the kept facet counts (catalog_compat_counts, catalog_app_counts: entries by whole-star rating,
 * category set, "Runs on" group and app, kept by triggers) answer a browse exactly: no words, no price, app,
 * platform or n8n filter; a minimum rating (a whole number of stars) and categories may be chosen.
 */
export function countedByKept(search: CatalogSearch): boolean {
  return (
    !search.q.trim() &&
    search.app.length === 0 &&
    search.platform === undefined &&
    search.n8n === undefined &&
    !search.builtIn &&
    search.minPrice === undefined &&
    search.maxPrice === undefined
  );
}

/** `rating_floor >= minRating` over a kept count (`rating_avg >= N` ⇔ `floor(rating_avg) >= N`, N whole). */
const keptRating = (ratingFloor: SQL, minRating: number | undefined) =>
  minRating === undefined ? sql`true` : sql`${ratingFloor} >= ${minRating}`;

/** The `groups` (set_id, n) of a browse that countedByKept answers: the kept counts summed per category set. */
export const keptGroups = (search: CatalogSearch) =>
  sql`select ${k.categorySetId} as set_id, sum(${k.entries})::int as n from ${k.$table}
  where ${keptRating(k.ratingFloor, search.minRating)} group by ${k.categorySetId}`;

/** The app facets of a browse that countedByKept answers (as appFacetsFrom), from the kept per-app counts. */
export const keptAppFacets = (search: CatalogSearch) =>
  sql`(select coalesce(json_agg(f order by f.count desc, f.name), '[]'::json) from (
  select ${ka.app} as name, sum(${ka.entries})::int as count from ${ka.$table}
  where ${keptRating(ka.ratingFloor, search.minRating)} and ${inChosen(ka.categorySetId, search.category)}
  group by ${ka.app} having sum(${ka.entries}) > 0 order by sum(${ka.entries}) desc, ${ka.app} limit ${MAX_APP_FACETS}) f)`;

/** The compatibility groups of a browse that countedByKept answers (as compatGroupsFrom), from the kept counts. */
export const keptCompatGroups = (search: CatalogSearch) =>
  sql`(select coalesce(json_agg(f), '[]'::json) from (
  select ${k.platform} as platform, nullif(${k.minN8n}, 0) as "minN8n", ${k.communityNodes} as community,
    sum(${k.entries})::int as count
  from ${k.$table} where ${keptRating(k.ratingFloor, search.minRating)} and ${inChosen(k.categorySetId, search.category)}
  group by 1, 2, 3 having sum(${k.entries}) > 0) f)`;
