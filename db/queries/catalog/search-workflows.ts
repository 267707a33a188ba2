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
      return ranked ? sql`rank desc, w.sales_count desc, w.id` : sql`w.created_at desc, w.id`;
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

function categoryCondition(slugs: string[]): SQL | null {
  if (slugs.length === 0) return null;
  return sql`w.id in (select wc.workflow_id from workflow_categories wc join categories c on c.id = wc.category_id
    where c.slug in (${sql.join(slugs.map((s) => sql`${s}`), sql`, `)}))`;
}

/** Matches the words in the search vector, or a category whose name they name. */
function exactMatch(q: string): Match {
  const tq = textQuery(q);
  return {
    where: sql`(w.search_vector @@ ${tq} or w.id in (select wc.workflow_id from workflow_categories wc
      join categories c on c.id = wc.category_id where to_tsvector('english', c.name) @@ ${tq}))`,
    rank: sql`ts_rank(w.search_vector, ${tq})`,
  };
}

/**
 * One statement for a page of results: the page (categories and cover aggregated in), the total, and
 * the per-category counts. Each part is its own subquery so that each can use its index (a sort with
 * LIMIT walks the sort's index instead of sorting every match).
 */
async function runSearch(executor: Executor, s: CatalogSearch, match: Match | null): Promise<CatalogResult> {
  const base = [...filterConditions(s), ...(match ? [match.where] : [])];
  const category = categoryCondition(s.category);
  const all = sql.join(category ? [...base, category] : base, sql` and `);
  const facetWhere = sql.join(base, sql` and `);
  const ranked = match?.rank != null;
  const rank = match?.rank ?? sql`0`;
  const offset = (s.page - 1) * PAGE_SIZE;
  const [row] = await queryRows<{ total: number; items: unknown; facets: unknown }>(
    executor,
    sql`select
      (select count(*)::int from workflows w where ${all}) as total,
      (select coalesce(json_agg(p order by p.ord), '[]'::json) from (
        select ${cardColumns}, row_number() over (order by ${orderBy(s.sort, ranked)}) as ord
        from (select ${pageColumns}, ${rank} as rank from workflows w where ${all}
              order by ${orderBy(s.sort, ranked)} limit ${PAGE_SIZE} offset ${offset}) w
      ) p) as items,
      (select coalesce(json_agg(f order by f.name), '[]'::json) from (
        select c.slug, c.name, coalesce(n.count, 0)::int as count
        from categories c left join (
          select wc.category_id, count(*) as count from workflow_categories wc
          join workflows w on w.id = wc.workflow_id where ${facetWhere} group by wc.category_id
        ) n on n.category_id = c.id
      ) f) as facets`,
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
