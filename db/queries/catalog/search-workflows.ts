import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { db, queryPlanned, queryRows, type Executor } from '@/db';
import type { CompatGroup } from '@/lib/workflows/platforms';
import { PAGE_SIZE, type CatalogSearch, type CatalogSort } from '@/lib/validations/catalog';
import { cardColumns, pageColumns, parseJson, toCards, type WorkflowCard } from './cards';
import { foldText, partsText, queryParts } from '@/lib/search/text';
import { aliasesVersion, dropAliasCopy, resolveAliases } from './search-aliases';
import { indexedSearch, likelyMisspelt, looksBroad } from './search-index';
import { categoryCondition, entryAppFacets, entryCompatGroups, filterConditions } from './search-filters';
import {
  appFacetsFrom,
  chosenCte,
  chosenWith,
  countedByKept,
  facetsFromGroups,
  inChosen,
  keptAppFacets,
  keptCompatGroups,
  keptFacets,
  keptGroups,
  compatGroupsFrom,
  totalFromGroups,
  unfiltered,
  unfilteredTotal,
  type AppFacet,
  type CategoryFacet,
} from './search-counts';
import {
  exactMatch,
  spellings,
  typoCandidates,
  typoMatch,
  typoQueryText,
  withAppBoost,
  type Match,
} from './search-text';
import { e, w } from './typed-sql';

export type CatalogResult = {
  items: WorkflowCard[];
  total: number;
  page: number;
  pageSize: number;
  totalPages: number;
  /** Every category with its number of matches for the current query and filters except the category filter. */
  facets: CategoryFacet[];
  /**
   * The apps with their number of matches for the current query and filters except the app filter; null
   * when nothing narrows the catalog (the "Apps" options' own counts, listAppOptions, are then the facet).
   */
  appFacets: AppFacet[] | null;
  /**
   * The matches of every filter but the platform and n8n ones, grouped by platform, lowest n8n version and
   * community nodes (compatFacets counts those facets from them); null when nothing narrows the catalog
   * (the cached listCompatGroups are then the groups).
   */
  compatGroups: CompatGroup[] | null;
  /** True when nothing matched the words as typed and the results come from the typo-tolerant match. */
  typoTolerant: boolean;
  /** The corrected query, when the results come through typo corrections or aliases ("Did you mean …"). */
  didYouMean: string | null;
};

export type SearchOptions = {
  executor?: Executor;
  /**
   * `sql`: every search in SQL; `index`: word searches through the in-process index (search-index.ts),
   * waiting for it to load. Default: the index once loaded, SQL meanwhile and inside a transaction.
   */
  engine?: 'sql' | 'index';
};

/**
 * What a page's order reads, from the relation it is read from: `workflows w` or a page of them
 * (`pageOrder`), or the word search's `hits e` (`hitOrder`). `rank` is the statement's own column.
 */
type OrderColumns = Record<'id' | 'createdAt' | 'price' | 'ratingAvg' | 'reviewCount' | 'salesCount', SQL> & {
  rank: SQL;
};

const pageOrder: OrderColumns = {
  id: w.id,
  createdAt: w.createdAt,
  price: w.price,
  ratingAvg: w.ratingAvg,
  reviewCount: w.reviewCount,
  salesCount: w.salesCount,
  rank: sql`${w.$alias}.rank`,
};
const hitOrder: OrderColumns = {
  id: e.workflowId,
  createdAt: e.createdAt,
  price: e.price,
  ratingAvg: e.ratingAvg,
  reviewCount: e.reviewCount,
  salesCount: e.salesCount,
  rank: sql`${e.$alias}.rank`,
};

/**
 * The sort keys `orderBy(sort, true, hitOrder)` reads, besides the workflow id: all a match must carry
 * into the page's sort, under catalog_entries' own names.
 */
function sortKeys(sort: CatalogSort, rank: SQL): SQL {
  switch (sort) {
    case 'relevance':
      return sql`${rank} as rank, ${e.salesCount}`;
    case 'newest':
      return sql`0 as rank, ${e.createdAt}`;
    case 'price-asc':
    case 'price-desc':
      return sql`0 as rank, ${e.price}`;
    case 'rating':
      return sql`0 as rank, ${e.ratingAvg}, ${e.reviewCount}`;
    case 'best-selling':
      return sql`0 as rank, ${e.salesCount}`;
  }
}

function orderBy(sort: CatalogSort, ranked: boolean, t: OrderColumns): SQL {
  switch (sort) {
    case 'relevance':
      return ranked ? sql`${t.rank} desc, ${t.salesCount} desc, ${t.id}` : sql`${t.createdAt} desc, ${t.id}`;
    case 'newest':
      return sql`${t.createdAt} desc, ${t.id}`;
    case 'price-asc':
      return sql`${t.price} asc, ${t.id}`;
    case 'price-desc':
      return sql`${t.price} desc, ${t.id}`;
    case 'rating':
      return sql`${t.ratingAvg} desc, ${t.reviewCount} desc, ${t.id}`;
    case 'best-selling':
      return sql`${t.salesCount} desc, ${t.id}`;
  }
}

/**
 * A page of cards as JSON from `ids` (id, rank): the page `w` holds the workflows' own columns and the
 * rank, `order` reads it (pageOrder).
 */
const itemsFrom = (ids: SQL, order: SQL) => sql`(select coalesce(json_agg(p order by p.ord), '[]'::json) from (
  select ${cardColumns}, row_number() over (order by ${order}) as ord
  from (select ${pageColumns}, h.rank from (${ids}) h join ${w.$table} on ${w.id} = h.id) w) p)`;

/**
 * Browsing without words: the page walks the sort's index (LIMIT stops early) instead of sorting every
 * active workflow. Unfiltered, the counts are the kept ones; filtered by a minimum rating alone (and
 * categories), sums of the kept facet counts; otherwise one pass over the filter's index groups the matches
 * by category set, and the total and the per-category counts come from the groups.
 */
function browseStatement(search: CatalogSearch): SQL {
  const base = filterConditions(search, 'workflows');
  const category = categoryCondition(search.category);
  const all = sql.join(category ? [...base, category] : base, sql` and `);
  const order = orderBy(search.sort, false, pageOrder);
  const page = itemsFrom(
    sql`select ${w.id} as id, 0 as rank from ${w.$table} where ${all} order by ${order} limit ${PAGE_SIZE} offset ${(search.page - 1) * PAGE_SIZE}`,
    order,
  );
  if (unfiltered(search)) {
    const apps = search.category.length > 0 ? keptAppFacets(search) : sql`null`;
    const compat = search.category.length > 0 ? keptCompatGroups(search) : sql`null`;
    return sql`${chosenWith(search.category)}select ${unfilteredTotal(search.category)} as total, ${page} as items,
      ${keptFacets} as facets, ${apps} as app_facets, ${compat} as compat_groups`;
  }
  // A minimum rating alone (besides categories): the counts are sums of the kept ones (a few hundred rows).
  if (countedByKept(search)) {
    return sql`with ${chosenCte(search.category)}groups as materialized (${keptGroups(search)})
      select ${totalFromGroups(search.category)} as total, ${page} as items, ${facetsFromGroups} as facets,
        ${keptAppFacets(search)} as app_facets, ${keptCompatGroups(search)} as compat_groups`;
  }
  return sql`with ${chosenCte(search.category)}groups as materialized (
      select ${w.categorySetId} as set_id, count(*)::int as n from ${w.$table} where ${sql.join(base, sql` and `)}
      group by ${w.categorySetId}
    )
    select ${totalFromGroups(search.category)} as total, ${page} as items, ${facetsFromGroups} as facets,
      ${entryAppFacets(search)} as app_facets, ${entryCompatGroups(search)} as compat_groups`;
}

/**
 * Searching words: the matches are read once from catalog_entries into a materialized CTE (`hits`, under
 * catalog_entries' column names) that keeps only what the chosen sort reads (the title rank is computed
 * for the relevance sort alone); the page comes from it, the total and the per-category counts from the
 * matches grouped by category set.
 */
function matchStatement(search: CatalogSearch, match: Match): SQL {
  // The match's tsquery is a CTE read through a scalar subquery (an init plan): built once per statement.
  // Inlined, it would be rebuilt for every row ranked (`a && (select …)` is not a constant).
  const tq = sql`(select q from query)`;
  const query = match.query ? sql`query as materialized (select ${match.query} as q), ` : sql``;
  // Matches outside the chosen categories only count towards the facets: none of them is ranked.
  const rank =
    search.category.length > 0
      ? sql`case when ${inChosen(e.categorySetId, search.category)} then ${match.rank(tq)} end`
      : match.rank(tq);
  const page = sql`select ${e.workflowId} as id, ${hitOrder.rank} from hits ${e.$alias} where ${inChosen(e.categorySetId, search.category)}
    order by ${orderBy(search.sort, true, hitOrder)} limit ${PAGE_SIZE} offset ${(search.page - 1) * PAGE_SIZE}`;
  // Without an app chosen the matches are the app facets' rows; with one, the facets count the words'
  // matches again without it.
  const appFacets =
    search.app.length === 0
      ? appFacetsFrom(sql`hits ${e.$alias}`, inChosen(e.categorySetId, search.category))
      : entryAppFacets(search, [match.where(tq)]);
  const compatGroups =
    search.platform === undefined && search.n8n === undefined && !search.builtIn
      ? compatGroupsFrom(sql`hits ${e.$alias}`, inChosen(e.categorySetId, search.category))
      : entryCompatGroups(search, [match.where(tq)]);
  return sql`with ${query}${chosenCte(search.category)}
      hits as materialized (select ${e.workflowId}, ${e.categorySetId}, ${e.apps}, ${e.platform}, ${e.minN8n}, ${e.communityNodes}, ${sortKeys(search.sort, rank)}
        from ${e.$table} where ${sql.join([...filterConditions(search, 'entries'), match.where(tq)], sql` and `)}),
      groups as materialized (select ${e.categorySetId} as set_id, count(*)::int as n from hits ${e.$alias} group by ${e.categorySetId})
    select
      ${totalFromGroups(search.category)} as total,
      ${itemsFrom(page, orderBy(search.sort, true, pageOrder))} as items,
      ${facetsFromGroups} as facets,
      ${appFacets} as app_facets,
      ${compatGroups} as compat_groups,
      ${aliasesVersion} as aliases_version`;
}

/** A search run, its total known; its page and facets, when an in-process search found nothing, still to render. */
type Started = { total: number; result: () => Promise<CatalogResult>; aliasesVersion?: string };

/**
 * One statement for a page of results (categories and cover aggregated in), the total, the facets. A word
 * search's plan does not depend on the words (its tsquery is built inside the statement), so through the
 * app's database it runs prepared and planned once per connection; browsing keeps per-call plans, as the
 * best index for a price or rating filter depends on the value.
 */
async function runSearch(
  options: SearchOptions,
  search: CatalogSearch,
  match: Match | null,
  typo = false,
  words: string[][] = [],
): Promise<CatalogResult> {
  return (await startSearch(options, search, match, typo, words)).result();
}

/**
 * runSearch, but an in-process search (search-index.ts) that matched nothing leaves its page and facets to
 * render on demand: the typo pass after a failed exact one then costs no statement for the exact pass's facets.
 */
async function startSearch(
  options: SearchOptions,
  search: CatalogSearch,
  match: Match | null,
  typo = false,
  words: string[][] = [],
): Promise<Started> {
  type Row = {
    total: number;
    items: unknown;
    facets: unknown;
    app_facets: unknown;
    compat_groups: unknown;
    aliases_version?: string;
  };
  const { executor, engine } = options;
  // A broad word search runs in the in-process index (once loaded; not inside a transaction, as it reads
  // committed data); a narrow one as its one statement. `engine: 'index'` sends every search it can there.
  const indexed =
    match && !executor && engine !== 'sql' && (engine === 'index' || looksBroad(words))
      ? await indexedSearch(
          search,
          match,
          (ids) => itemsFrom(ids, orderBy(search.sort, true, pageOrder)),
          engine === 'index',
        )
      : null;
  const toResult = (row: Row | undefined): CatalogResult => {
    const total = Number(row?.total ?? 0);
    return {
      items: toCards(row?.items),
      total,
      page: search.page,
      pageSize: PAGE_SIZE,
      totalPages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
      facets: parseJson<CategoryFacet[]>(row?.facets, []),
      appFacets: row?.app_facets == null ? null : parseJson<AppFacet[]>(row.app_facets, []),
      compatGroups: row?.compat_groups == null ? null : parseJson<CompatGroup[]>(row.compat_groups, []),
      typoTolerant: typo,
      didYouMean: null,
    };
  };
  if (indexed) {
    const { total, compatGroups, render } = indexed;
    const result = async () => {
      const { items, facets, appFacets } = await render();
      return toResult({ total, items, facets, app_facets: appFacets, compat_groups: compatGroups });
    };
    const aliases = indexed.aliasesVersion;
    if (total > 0) {
      const ready = await result();
      return { total, result: async () => ready, aliasesVersion: aliases };
    }
    return { total, result, aliasesVersion: aliases };
  }
  const [row]: (Row | undefined)[] = match
    ? await queryPlanned<Row>(matchStatement(search, match), executor)
    : await queryRows<Row>(executor ?? db, browseStatement(search));
  const ready = toResult(row);
  return { total: ready.total, result: async () => ready, aliasesVersion: row?.aliases_version };
}

/**
 * The catalog search. Aliases are replaced first (search_aliases: "gsheets" → "Google Sheets"), then words
 * match title, descriptions, features and category names, accents or not, ranked (relevance: the title
 * match, plus the apps the query names). When nothing matches as typed (within the chosen categories and
 * filters), a typo-tolerant pass gives the results instead: each word or a dictionary word within its
 * Damerau typo budget, every word (or, when that finds nothing, any word: more words rank higher). The
 * typo pass is a second statement: a search that finds nothing is cheap (its words are not in the index),
 * and the statement of every other search stays one plain scan.
 */
export async function searchWorkflows(search: CatalogSearch, options: SearchOptions = {}): Promise<CatalogResult> {
  return searchOnce(search, options, true);
}

async function searchOnce(search: CatalogSearch, options: SearchOptions, retry: boolean): Promise<CatalogResult> {
  const executor = options.executor;
  const q = search.q.trim();
  if (!q) return runSearch(options, search, null);
  // Through the app's database, the aliases come from this process's copy of the table; the exact pass's
  // statement reads the table's version beside the search, and a stale copy makes the search run again.
  const aliases = await resolveAliases(executor ?? null, q);
  const texts = aliases.changed ? spellings(q, aliases.query) : spellings(q);
  const accented = foldText(q) !== q.normalize('NFC').toLowerCase();
  // The query folded, as parts: words, quoted phrases (their words in order), negations.
  const parts = queryParts(foldText(aliases.query));
  const words = [...new Set(parts.filter((p) => !p.negated).flatMap((p) => p.words))];
  // A word the index has never seen (no lexeme starts with it or stems from it): its typo candidates are
  // read meanwhile, on another connection, as the exact pass will most likely find nothing.
  const early = !executor && likelyMisspelt(words) ? typoCandidates(db, words) : null;
  early?.catch(() => {});
  const exact = await startSearch(
    options,
    search,
    withAppBoost(exactMatch(texts, accented), aliases.targets),
    false,
    words.map((word) => [word]),
  );
  if (aliases.version !== undefined && exact.aliasesVersion !== undefined && exact.aliasesVersion !== aliases.version) {
    dropAliasCopy();
    if (retry) return searchOnce(search, options, false);
  }
  const corrected = aliases.changed ? aliases.query : null;
  if (exact.total > 0) return { ...(await exact.result()), didYouMean: corrected };
  if (words.length === 0) return exact.result();
  const typos = new Map((await (early ?? typoCandidates(executor ?? db, words))).map((t) => [t.word, t]));
  const correction = partsText(parts, (word) => {
    const t = typos.get(word);
    return t && !t.known && t.candidates[0] ? t.candidates[0].term : word;
  });
  const didYouMean = correction !== partsText(parts) ? correction : corrected;
  const alternatives = words.map((word) => [word, ...(typos.get(word)?.candidates ?? []).map((c) => c.term)]);
  const all = await runSearch(
    options,
    search,
    withAppBoost(typoMatch(typoQueryText(parts, typos, 'all')), aliases.targets),
    true,
    alternatives,
  );
  // Nothing found with typos either: no results, with the exact pass's facets, which show where the words
  // do match (in another category or platform than the chosen ones).
  const none = async () => ({ ...(await exact.result()), typoTolerant: true });
  if (all.total > 0) return { ...all, didYouMean };
  if (parts.filter((p) => !p.negated).length === 1) return none();
  const some = await runSearch(
    options,
    search,
    withAppBoost(typoMatch(typoQueryText(parts, typos, 'any')), aliases.targets),
    true,
    alternatives.length > 0 ? [alternatives.flat()] : [],
  );
  return some.total > 0 ? { ...some, didYouMean } : none();
}
