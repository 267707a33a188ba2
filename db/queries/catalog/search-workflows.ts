import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { db, queryRows, type Executor } from '@/db';
import { PAGE_SIZE, type CatalogSearch, type CatalogSort } from '@/lib/validations/catalog';
import { cardColumns, pageColumns, parseJson, toCards, type WorkflowCard } from './cards';
import { hasTrigram } from './trigram';
import { searchWords, textQuery, TYPO_THRESHOLD, typoMatch } from './search-text';

export type CategoryFacet = { slug: string; name: string; count: number };

export type CatalogResult = {
  items: WorkflowCard[];
  total: number;
  page: number;
  pageSize: number;
  totalPages: number;
  /** Every category with its number of matches for the current query and filters except the category filter. */
  facets: CategoryFacet[];
  /** True when nothing matched the words as typed and the results come from the typo-tolerant match. */
  typoTolerant: boolean;
};

export type SearchOptions = {
  /** Use pg_trgm for typo tolerance; detected once from pg_extension when left out. */
  trigram?: boolean;
  executor?: Executor;
};

type Match = { where: SQL; rank: SQL | null };

function orderBy(sort: CatalogSort, ranked: boolean): SQL {
  switch (sort) {
    case 'relevance':
      return ranked ? sql`w.rank desc, w.sales_count desc, w.id` : sql`w.created_at desc, w.id`;
    case 'newest':
      return sql`w.created_at desc, w.id`;
    case 'price-asc':
      return sql`w.price asc, w.id`;
    case 'price-desc':
      return sql`w.price desc, w.id`;
    case 'rating':
      return sql`w.rating_avg desc, w.review_count desc, w.id`;
    case 'best-selling':
      return sql`w.sales_count desc, w.id`;
  }
}

/** The filters other than the words and the category: price range, minimum rating, apps used. */
function filterConditions(s: CatalogSearch): SQL[] {
  const where: SQL[] = [sql`w.status = 'active'`];
  if (s.minPrice !== undefined) where.push(sql`w.price >= ${String(s.minPrice)}::numeric`);
  if (s.maxPrice !== undefined) where.push(sql`w.price <= ${String(s.maxPrice)}::numeric`);
  if (s.minRating !== undefined) where.push(sql`w.rating_avg >= ${String(s.minRating)}::numeric`);
  if (s.app.length > 0) {
    // `metadata @> {"apps":[…]}` uses the jsonb_path_ops index; any of the chosen apps.
    const any = s.app.map((a) => sql`w.metadata @> ${JSON.stringify({ apps: [a] })}::jsonb`);
    where.push(sql`(${sql.join(any, sql` or `)})`);
  }
  return where;
}

const slugList = (slugs: string[]) => sql.join(slugs.map((s) => sql`${s}`), sql`, `);

function categoryCondition(slugs: string[]): SQL | null {
  if (slugs.length === 0) return null;
  return sql`w.id in (select wc.workflow_id from workflow_categories wc join categories c on c.id = wc.category_id
    where c.slug in (${slugList(slugs)}))`;
}

/** Matches the words in the search vector, or a category whose name they name. */
function exactMatch(q: string): Match {
  const tq = textQuery(q);
  return {
    // `= any(array(…))` (an init plan) keeps a BitmapOr of the GIN index and the primary key; an
    // `or id in (subquery)` would turn the whole search into a sequential scan.
    where: sql`(w.search_vector @@ ${tq} or w.id = any(array(select wc.workflow_id from workflow_categories wc
      join categories c on c.id = wc.category_id where to_tsvector('english', c.name) @@ ${tq})))`,
    rank: sql`ts_rank(w.search_vector, ${tq})`,
  };
}

const facetsFrom = (counts: SQL) => sql`(select coalesce(json_agg(f order by f.name), '[]'::json) from (
  select c.slug, c.name, coalesce(n.count, 0)::int as count
  from categories c left join (${counts}) n on n.category_id = c.id) f)`;

/** Active workflows per category, kept by triggers (catalog_counts): the facets of an unfiltered catalog. */
const keptFacets = sql`(select coalesce(json_agg(f order by f.name), '[]'::json) from (
  select c.slug, c.name, coalesce(n.active_workflows, 0)::int as count
  from categories c left join catalog_counts n on n.key = c.id::text) f)`;

/** True when nothing but the categories narrows the catalog (no words, price, rating or apps). */
function unfiltered(s: CatalogSearch): boolean {
  return !s.q.trim() && s.app.length === 0 && s.minPrice === undefined && s.maxPrice === undefined && s.minRating === undefined;
}

/**
 * The number of active workflows in any of `slugs` with no other filter: the kept counts for none or one
 * category; for several, the distinct links (an index-only scan) less those of the few inactive workflows.
 */
function unfilteredTotal(slugs: string[]): SQL {
  if (slugs.length === 0) return sql`coalesce((select active_workflows from catalog_counts where key = 'all'), 0)`;
  if (slugs.length === 1) {
    return sql`coalesce((select n.active_workflows from catalog_counts n join categories c on n.key = c.id::text
      where c.slug = ${slugs[0]}), 0)`;
  }
  return sql`(select count(distinct wc.workflow_id)::int from workflow_categories wc
    where wc.category_id = any(array(select id from categories where slug in (${slugList(slugs)})))
      and wc.workflow_id <> all(array(select id from workflows where status <> 'active')))`;
}

const itemsFrom = (ids: SQL, order: SQL) => sql`(select coalesce(json_agg(p order by p.ord), '[]'::json) from (
  select ${cardColumns}, row_number() over (order by ${order}) as ord
  from (select ${pageColumns}, h.rank from (${ids}) h join workflows w on w.id = h.id) w) p)`;

/**
 * Browsing without words: each part is its own subquery so that the page walks the sort's index
 * (LIMIT stops early) instead of sorting every active workflow.
 */
function browseStatement(s: CatalogSearch): SQL {
  const base = filterConditions(s);
  const category = categoryCondition(s.category);
  const all = sql.join(category ? [...base, category] : base, sql` and `);
  const order = orderBy(s.sort, false);
  const plain = unfiltered(s);
  return sql`select
    ${plain ? unfilteredTotal(s.category) : sql`(select count(*)::int from workflows w where ${all})`} as total,
    ${itemsFrom(sql`select w.id, 0 as rank from workflows w where ${all} order by ${order} limit ${PAGE_SIZE} offset ${(s.page - 1) * PAGE_SIZE}`, order)} as items,
    ${plain ? keptFacets : facetsFrom(sql`select category_id, count(*) as count from workflows w,
      unnest(w.category_ids) category_id where ${sql.join(base, sql` and `)} group by category_id`)} as facets`;
}

/**
 * Searching words: the matches are read once (one pass over the heap computes the rank and every sort
 * key) into a materialized CTE, and the count, the page and the per-category counts come from it.
 */
function matchStatement(s: CatalogSearch, match: Match): SQL {
  const order = orderBy(s.sort, true);
  const chosen = s.category.length > 0
    ? sql`w.category_ids && array(select id from categories where slug in (${slugList(s.category)}))`
    : sql`true`;
  // Each hit carries its category ids (kept on the row by triggers): the category filter and the
  // per-category counts then need no join over workflow_categories.
  return sql`with hits as materialized (
      select w.id, w.price, w.created_at, w.rating_avg, w.review_count, w.sales_count, ${match.rank} as rank,
        w.category_ids
      from workflows w where ${sql.join([...filterConditions(s), match.where], sql` and `)}
    ), chosen as materialized (select * from hits w where ${chosen})
    select
      (select count(*)::int from chosen) as total,
      ${itemsFrom(sql`select w.id, w.rank from chosen w order by ${order} limit ${PAGE_SIZE} offset ${(s.page - 1) * PAGE_SIZE}`, order)} as items,
      ${facetsFrom(sql`select category_id, count(*) as count from hits, unnest(hits.category_ids) category_id group by category_id`)} as facets`;
}

/** One statement for a page of results: the page (categories and cover aggregated in), the total, the facets. */
async function runSearch(executor: Executor, s: CatalogSearch, match: Match | null): Promise<CatalogResult> {
  const [row] = await queryRows<{ total: number; items: unknown; facets: unknown }>(
    executor,
    match ? matchStatement(s, match) : browseStatement(s),
  );
  const total = Number(row?.total ?? 0);
  return {
    items: toCards(row?.items),
    total,
    page: s.page,
    pageSize: PAGE_SIZE,
    totalPages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    facets: parseJson<CategoryFacet[]>(row?.facets, []),
    typoTolerant: false,
  };
}

/**
 * The catalog search. Words match title, descriptions, features and category names, ranked; when
 * nothing matches as typed, a typo-tolerant pass (pg_trgm word similarity on the title, or shorter
 * stems where pg_trgm is missing) runs instead.
 */
export async function searchWorkflows(s: CatalogSearch, options: SearchOptions = {}): Promise<CatalogResult> {
  const executor = options.executor ?? db;
  const q = s.q.trim();
  if (!q) return runSearch(executor, s, null);
  const exact = await runSearch(executor, s, exactMatch(q));
  const words = searchWords(q);
  if (exact.total > 0 || words.length === 0) return exact;
  const trigram = options.trigram ?? (await hasTrigram(executor));
  const typo = typoMatch(words, trigram);
  const result = trigram
    ? await executor.transaction(async (tx) => {
        // The `<%` operator's threshold (default 0.6 misses "shopfy"); local to this transaction.
        await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_THRESHOLD)}, true)`);
        return runSearch(tx, s, typo);
      })
    : await runSearch(executor, s, typo);
  return { ...result, typoTolerant: true };
}
