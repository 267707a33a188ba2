import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { db, queryPlanned, queryRows, type Executor } from '@/db';
import { PAGE_SIZE, type CatalogSearch, type CatalogSort } from '@/lib/validations/catalog';
import { cardColumns, pageColumns, parseJson, toCards, type WorkflowCard } from './cards';
import { hasTrigram } from './trigram';
import { searchWords, textQuery, typoMatch, type Match } from './search-text';

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

/** The sort keys `orderBy(sort, true)` reads, besides w.id: all a match must carry into the page's sort. */
function sortKeys(sort: CatalogSort, rank: SQL): SQL {
  switch (sort) {
    case 'relevance':
      return sql`${rank} as rank, w.sales_count`;
    case 'newest':
      return sql`0 as rank, w.created_at`;
    case 'price-asc':
    case 'price-desc':
      return sql`0 as rank, w.price`;
    case 'rating':
      return sql`0 as rank, w.rating_avg, w.review_count`;
    case 'best-selling':
      return sql`0 as rank, w.sales_count`;
  }
}

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

/**
 * The filters other than the words and the category: price range, minimum rating, apps used. Over
 * `workflows w` (browsing) they also ask for an active workflow; over `catalog_entries w` (searching
 * words) every row is an active workflow and the apps are a text[].
 */
function filterConditions(s: CatalogSearch, over: 'workflows' | 'entries'): SQL[] {
  const where: SQL[] = over === 'workflows' ? [sql`w.status = 'active'`] : [];
  if (s.minPrice !== undefined) where.push(sql`w.price >= ${String(s.minPrice)}::numeric`);
  if (s.maxPrice !== undefined) where.push(sql`w.price <= ${String(s.maxPrice)}::numeric`);
  if (s.minRating !== undefined) where.push(sql`w.rating_avg >= ${String(s.minRating)}::numeric`);
  if (s.app.length > 0) {
    if (over === 'entries') {
      where.push(sql`w.apps && array[${sql.join(s.app.map((a) => sql`${a}`), sql`, `)}]::text[]`);
    } else {
      // `metadata @> {"apps":[…]}` uses the jsonb_path_ops index; any of the chosen apps.
      const any = s.app.map((a) => sql`w.metadata @> ${JSON.stringify({ apps: [a] })}::jsonb`);
      where.push(sql`(${sql.join(any, sql` or `)})`);
    }
  }
  return where;
}

const slugList = (slugs: string[]) => sql.join(slugs.map((s) => sql`${s}`), sql`, `);

function categoryCondition(slugs: string[]): SQL | null {
  if (slugs.length === 0) return null;
  return sql`w.id in (select wc.workflow_id from workflow_categories wc join categories c on c.id = wc.category_id
    where c.slug in (${slugList(slugs)}))`;
}

/**
 * Matches the words in the search vector, or a category whose name they name (over catalog_entries w).
 * Relevance is how well the title matches (ts_rank of the title vector; ties go to the best selling):
 * reading the small title vector of each of thousands of matches is what keeps a broad search fast.
 */
function exactMatch(q: string): Match {
  return {
    query: textQuery(q),
    // `= any(array(…))` (an init plan) keeps a BitmapOr of the GIN index and the primary key; an
    // `or id in (subquery)` would turn the whole search into a sequential scan.
    where: (tq) => sql`(w.search_vector @@ ${tq} or w.workflow_id = any(array(select wc.workflow_id from workflow_categories wc
      join categories c on c.id = wc.category_id where to_tsvector('english', c.name) @@ ${tq})))`,
    rank: (tq) => sql`ts_rank(w.title_vector, ${tq})`,
  };
}

/** Every category with its count from `counts` (category_id, count), as the facets' JSON. */
const facetsFrom = (counts: SQL) => sql`(select coalesce(json_agg(f order by f.name), '[]'::json) from (
  select c.slug, c.name, coalesce(n.count, 0)::int as count
  from categories c left join (${counts}) n on n.category_id = c.id) f)`;

/** Active workflows per category, kept by triggers (catalog_counts): the facets of an unfiltered catalog. */
const keptFacets = facetsFrom(sql`select c.id as category_id, k.active_workflows as count
  from catalog_counts k join categories c on k.key = c.id::text`);

/**
 * The per-category counts from `groups` (set_id, n): the matches grouped by their category set (a few
 * dozen groups of a small integer), each group's count then spread over the categories of its set.
 */
const facetsFromGroups = facetsFrom(sql`select category_id, sum(g.n) as count from groups g
  join category_sets s on s.id = g.set_id, unnest(s.category_ids) category_id group by category_id`);

/** The category sets that hold any of the chosen categories (an init plan), for `set_id = any(…)`. */
const chosenSets = (slugs: string[]) => sql`array(select s.id from category_sets s
  where s.category_ids && array(select id from categories where slug in (${slugList(slugs)})))`;

/**
 * Whether `alias.set_id` is a set holding a chosen category (always, when none is chosen). The sets are
 * the statement's `chosen` CTE (`chosenCte`), so a statement that asks several times plans them once.
 */
const inChosen = (alias: SQL, slugs: string[], column = sql`set_id`) =>
  slugs.length > 0 ? sql`${alias}.${column} = any((select ids from chosen)::int[])` : sql`true`;

/** The `chosen` CTE that `inChosen` reads (nothing when no category is chosen), with its trailing comma. */
const chosenCte = (slugs: string[]) => (slugs.length > 0 ? sql`chosen as materialized (select ${chosenSets(slugs)} as ids), ` : sql``);

/** The total from `groups`: the matches in the chosen categories. */
const totalFromGroups = (slugs: string[]) => sql`(select coalesce(sum(g.n), 0)::int from groups g where ${inChosen(sql`g`, slugs)})`;

/** True when nothing but the categories narrows the catalog (no words, price, rating or apps). */
function unfiltered(s: CatalogSearch): boolean {
  return !s.q.trim() && s.app.length === 0 && s.minPrice === undefined && s.maxPrice === undefined && s.minRating === undefined;
}

/**
 * The number of active workflows in any of `slugs` with no other filter: the kept counts for none or one
 * category; for several, an index-only count of the active workflows whose category set holds one of them.
 */
function unfilteredTotal(slugs: string[]): SQL {
  if (slugs.length === 0) return sql`coalesce((select active_workflows from catalog_counts where key = 'all'), 0)`;
  if (slugs.length === 1) {
    return sql`coalesce((select n.active_workflows from catalog_counts n join categories c on n.key = c.id::text
      where c.slug = ${slugs[0]}), 0)`;
  }
  return sql`(select count(*)::int from workflows w where w.status = 'active' and w.category_set_id = any(${chosenSets(slugs)}))`;
}

const itemsFrom = (ids: SQL, order: SQL) => sql`(select coalesce(json_agg(p order by p.ord), '[]'::json) from (
  select ${cardColumns}, row_number() over (order by ${order}) as ord
  from (select ${pageColumns}, h.rank from (${ids}) h join workflows w on w.id = h.id) w) p)`;

/**
 * Browsing without words: the page walks the sort's index (LIMIT stops early) instead of sorting every
 * active workflow. Unfiltered, the counts are the kept ones; filtered, one pass over the filter's index
 * groups the matches by category set, and the total and the per-category counts come from the groups.
 */
function browseStatement(s: CatalogSearch): SQL {
  const base = filterConditions(s, 'workflows');
  const category = categoryCondition(s.category);
  const all = sql.join(category ? [...base, category] : base, sql` and `);
  const order = orderBy(s.sort, false);
  const page = itemsFrom(
    sql`select w.id, 0 as rank from workflows w where ${all} order by ${order} limit ${PAGE_SIZE} offset ${(s.page - 1) * PAGE_SIZE}`,
    order,
  );
  if (unfiltered(s)) {
    return sql`select ${unfilteredTotal(s.category)} as total, ${page} as items, ${keptFacets} as facets`;
  }
  return sql`with ${chosenCte(s.category)}groups as materialized (
      select w.category_set_id as set_id, count(*)::int as n from workflows w where ${sql.join(base, sql` and `)}
      group by w.category_set_id
    )
    select ${totalFromGroups(s.category)} as total, ${page} as items, ${facetsFromGroups} as facets`;
}

/**
 * Searching words: the matches are read once from catalog_entries into a materialized CTE that keeps only
 * what the chosen sort reads (the title rank is computed for the relevance sort alone); the page comes
 * from it, the total and the per-category counts from the matches grouped by category set.
 */
function matchStatement(s: CatalogSearch, match: Match): SQL {
  const order = orderBy(s.sort, true);
  // The match's tsquery is a CTE read through a scalar subquery (an init plan): built once per statement.
  // Inlined, it would be rebuilt for every row ranked (`a && (select …)` is not a constant).
  const tq = sql`(select q from query)`;
  const query = match.query ? sql`query as materialized (select ${match.query} as q), ` : sql``;
  // Matches outside the chosen categories only count towards the facets: none of them is ranked.
  const rank = s.category.length > 0 ? sql`case when ${inChosen(sql`w`, s.category, sql`category_set_id`)} then ${match.rank(tq)} end` : match.rank(tq);
  return sql`with ${query}${chosenCte(s.category)}
      hits as materialized (select w.workflow_id as id, w.category_set_id as set_id, ${sortKeys(s.sort, rank)}
        from catalog_entries w where ${sql.join([...filterConditions(s, 'entries'), match.where(tq)], sql` and `)}),
      groups as materialized (select h.set_id, count(*)::int as n from hits h group by h.set_id)
    select
      ${totalFromGroups(s.category)} as total,
      ${itemsFrom(sql`select w.id, w.rank from hits w where ${inChosen(sql`w`, s.category)} order by ${order} limit ${PAGE_SIZE} offset ${(s.page - 1) * PAGE_SIZE}`, order)} as items,
      ${facetsFromGroups} as facets`;
}

/**
 * One statement for a page of results (categories and cover aggregated in), the total, the facets. A word
 * search's plan does not depend on the words (its tsquery is built inside the statement), so through the
 * app's database it runs prepared and planned once per connection; browsing keeps per-call plans, as the
 * best index for a price or rating filter depends on the value.
 */
async function runSearch(executor: Executor | undefined, s: CatalogSearch, match: Match | null, typo = false): Promise<CatalogResult> {
  type Row = { total: number; items: unknown; facets: unknown };
  const [row] = match
    ? await queryPlanned<Row>(matchStatement(s, match), executor)
    : await queryRows<Row>(executor ?? db, browseStatement(s));
  const total = Number(row?.total ?? 0);
  return {
    items: toCards(row?.items),
    total,
    page: s.page,
    pageSize: PAGE_SIZE,
    totalPages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    facets: parseJson<CategoryFacet[]>(row?.facets, []),
    typoTolerant: typo,
  };
}

/**
 * The catalog search. Words match title, descriptions, features and category names, ranked; when
 * nothing matches as typed (within the chosen categories and filters), a typo-tolerant pass (pg_trgm word
 * similarity on the title, or shorter stems where pg_trgm is missing) gives the results instead. The
 * typo pass is a second statement: a search that finds nothing is cheap (its words are not in the index),
 * and the statement of every other search stays one plain scan.
 */
export async function searchWorkflows(s: CatalogSearch, options: SearchOptions = {}): Promise<CatalogResult> {
  const executor = options.executor;
  const q = s.q.trim();
  if (!q) return runSearch(executor, s, null);
  const exact = await runSearch(executor, s, exactMatch(q));
  const words = searchWords(q);
  if (exact.total > 0 || words.length === 0) return exact;
  const trigram = options.trigram ?? (await hasTrigram(executor ?? db));
  return runSearch(executor, s, typoMatch(words, trigram), true);
}
