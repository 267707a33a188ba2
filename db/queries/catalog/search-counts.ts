import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { catalogCounts, categorySets, type Category } from '@/db/schema';
import type { CatalogSearch } from '@/lib/validations/catalog';
import { aliased, c, rendered, selectList, w } from './typed-sql';

/**
 * The catalog's counts: the category facets (kept by triggers for an unfiltered catalog, or spread from
 * the matches' category-set groups) and the total in the chosen categories. search-workflows.ts puts them
 * into its one statement.
 */

export type CategoryFacet = Pick<Category, 'slug' | 'name'> & { count: number };

/** `catalog_counts n`, `category_sets s` */
const n = aliased(catalogCounts, 'n');
const s = aliased(categorySets, 's');

export const slugList = (slugs: string[]) =>
  sql.join(
    slugs.map((slug) => sql`${slug}`),
    sql`, `,
  );

/** Every category with its count from `counts` (category_id, count), as the facets' JSON. */
const facetsFrom = (counts: SQL) => sql`(select coalesce(json_agg(f order by f.name), '[]'::json) from (
  select ${selectList({ slug: c.slug, name: c.name, count: sql`coalesce(counts.count, 0)::int` } satisfies Record<keyof CategoryFacet, unknown>)}
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

/** The total from `groups`: the matches in the chosen categories. */
export const totalFromGroups = (slugs: string[]) =>
  sql`(select coalesce(sum(g.n), 0)::int from groups g where ${inChosen(sql`g.set_id`, slugs)})`;

/** True when nothing but the categories narrows the catalog (no words, price, rating or apps). */
export function unfiltered(search: CatalogSearch): boolean {
  return (
    !search.q.trim() &&
    search.app.length === 0 &&
    search.minPrice === undefined &&
    search.maxPrice === undefined &&
    search.minRating === undefined
  );
}

/**
 * The number of active workflows in any of `slugs` with no other filter: the kept counts for none or one
 * category; for several, an index-only count of the active workflows whose category set holds one of them.
 */
export function unfilteredTotal(slugs: string[]): SQL {
  if (slugs.length === 0) {
    return sql`coalesce((select ${n.activeWorkflows} from ${n.$table} where ${n.key} = 'all'), 0)`;
  }
  if (slugs.length === 1) {
    return sql`coalesce((select ${n.activeWorkflows} from ${n.$table} join ${c.$table} on ${n.key} = ${c.id}::text
      where ${c.slug} = ${slugs[0]}), 0)`;
  }
  return sql`(select count(*)::int from ${w.$table} where ${w.status} = 'active' and ${w.categorySetId} = any(${chosenSets(slugs)}))`;
}
