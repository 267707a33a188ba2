import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { dbHandle, queryPlanned, queryRows, type Database, type Executor } from '@/db';
import type { DbHandle } from '@/db/client';
import { catalogEntryChanges, categorySets } from '@/db/schema';
import type { CompatGroup } from '@/lib/workflows/platforms';
import { PAGE_SIZE, type CatalogSearch, type CatalogSort } from '@/lib/validations/catalog';
import { packVector, parseTsquery, parseTsvector, ranker, type TsQueryNode } from '@/lib/search/tsquery';
import { facetsFromGroups, MAX_APP_FACETS, slugList, type AppFacet, type CategoryFacet } from './search-counts';
import { aliasesVersion } from './search-aliases';
import type { Match } from './search-text';
import { aliased, c, e } from './typed-sql';

/*
 * The catalog's word search, in process (issue 15). A broad search ("slack": 6,000 of 100,000 workflows) spends
 * its time in Postgres reading every match's row for the facets, the total and the relevance sort (≈ 5,000
 * heap pages: a GIN index gives the matches, not their columns). This index keeps what those read, for every
 * catalog entry, in memory: its words (postings: lexeme → entries), its title vector, category set, apps,
 * platform, n8n needs, price, rating, sales and age. A search still asks Postgres for its tsquery (stemming,
 * completions of the last word, aliases: the same SQL as before) and for the page's cards; the matching, the
 * filters, the counts and the order are computed here, with Postgres's own rules (`@@`, ts_rank bit for bit:
 * lib/search/tsquery.ts). tests/db/queries/search-index.test.ts holds both paths to the same results.
 *
 * Only broad searches come here (looksBroad: the postings say NARROW entries or more hold all the words); a
 * narrow one is cheaper as its one SQL statement, whose GIN index reads few rows.
 *
 * Fresh: in the round trip that builds its tsquery, a search reads the catalog entries changed by
 * transactions the index's last snapshot did not see (catalog_entry_changes, written by a trigger), so a
 * change is in the next search of every instance. The index loads in the background on the first word
 * search; until then, and for what it cannot evaluate (phrases, a query typed with accents, whose whole text
 * ranks, a search inside a transaction), the search runs in SQL.
 */

/** Past this many changed entries at once (an import, a reseed), the index loads the catalog again. */
const MAX_CHANGES = 2_000;
/** An index not synced for this long loads again: catalog_entry_changes keeps a day (pruneCatalogEntryChanges). */
const STALE_AFTER_MS = 3_600_000;
/** catalog_entry_changes rows are kept this long. */
export const CHANGES_KEPT_MS = 24 * 3_600_000;

/** Below this many entries holding all of a search's words, it runs as its SQL statement. */
const NARROW = 1500;

/** A query the index does not evaluate (a phrase, a weight restriction): the search runs in SQL. */
class Unsupported extends Error {}

type EntryRow = {
  id: string;
  set_id: number;
  apps: string[] | string;
  platform: string;
  min_n8n: number | null;
  community: boolean;
  price_cents: string | number;
  rating: number;
  reviews: number;
  sales: number;
  created_us: string | number;
  title: string;
  lexemes: string[] | string;
};

/** An entry's columns as the index reads them (catalog_entries e). */
const entryColumns = sql`${e.workflowId} as id, ${e.categorySetId} as set_id, ${e.apps} as apps, ${e.platform} as platform,
  ${e.minN8n} as min_n8n, ${e.communityNodes} as community, (${e.price} * 100)::bigint as price_cents,
  (${e.ratingAvg} * 100)::int as rating, ${e.reviewCount} as reviews, ${e.salesCount} as sales,
  (extract(epoch from ${e.createdAt}) * 1000000)::bigint as created_us, ${e.titleVector}::text as title,
  tsvector_to_array(${e.searchVector}) as lexemes`;

const x = aliased(catalogEntryChanges, 'x');
const s = aliased(categorySets, 's');

/** A text[] as postgres.js (an array) or PGlite (an array; text when it cannot tell) returns it. */
function textArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  // '{a,"b c"}': only reached if a driver returns the literal.
  const inner = value.slice(1, -1);
  if (!inner) return [];
  return [...inner.matchAll(/"((?:[^"\\]|\\.)*)"|([^,]+)/g)].map((m) =>
    m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]!,
  );
}

/** A growable list of 32-bit integers: millions of them in a few typed arrays, not in JS objects. */
class IntList {
  data: Int32Array;
  length = 0;

  constructor(capacity = 4) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

/** One growable list of entry slots per lexeme, in slot order (slots only grow). */
class Postings {
  private readonly lists = new Map<string, IntList>();
  private sorted: string[] | null = null;

  add(lexeme: string, slot: number): void {
    let list = this.lists.get(lexeme);
    if (!list) {
      list = new IntList();
      this.lists.set(lexeme, list);
      this.sorted = null;
    }
    list.push(slot);
  }

  get(lexeme: string): IntList | undefined {
    return this.lists.get(lexeme);
  }

  /**
   * A guess at the entries holding `word` (folded) in some stemmed form: those of the lexeme, among those
   * sharing all but its last two letters (at least three), that most entries hold. "orders" → 'order',
   * "invoices" → 'invoic'.
   */
  stemOf(word: string): IntList | undefined {
    let best = this.lists.get(word);
    if (word.length <= 3) return best;
    for (const lexeme of this.withPrefix(word.slice(0, Math.max(3, word.length - 2)), 200)) {
      const list = this.lists.get(lexeme)!;
      if (!best || list.length > best.length) best = list;
    }
    return best;
  }

  /** Every lexeme starting with `prefix` (in UTF-16 order the completions of a prefix are one run), `limit` at most. */
  withPrefix(prefix: string, limit = Infinity): string[] {
    this.sorted ??= [...this.lists.keys()].sort();
    const all = this.sorted;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (all[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < all.length && found.length < limit && all[i]!.startsWith(prefix); i++) found.push(all[i]!);
    return found;
  }
}

/** Texts numbered in the order they first come: `of` gives a text's number, `texts` the text of each. */
class Numbering {
  readonly texts: string[] = [];
  private readonly numbers = new Map<string, number>();

  of(text: string): number {
    let n = this.numbers.get(text);
    if (n === undefined) {
      n = this.texts.length;
      this.texts.push(text);
      this.numbers.set(text, n);
    }
    return n;
  }

  /** A text's number without numbering it (-1 when it has none): a search's own words must not grow it. */
  find(text: string): number {
    return this.numbers.get(text) ?? -1;
  }
}

/** The numbers of a slot in CatalogIndex.slots, and their offsets. */
const SLOT = 8;
const LIVE = 0;
const SET_ID = 1;
const COMPAT = 2;
const APP_START = 3;
const APP_COUNT = 4;
const TITLE_START = 5;
const TITLE_COUNT = 6;
const RATING = 7;

/** A set of entry slots as bits. */
type Bits = Uint32Array;

class CatalogIndex {
  /** Per slot; a changed entry gets a new slot and its old one dies (postings stay in slot order). */
  readonly ids: string[] = [];
  /**
   * What a search reads of every match, SLOT numbers per slot side by side (a match costs one or two cache
   * lines, not one per column): live (1, or 0 once removed), category set id, "Runs on" group (platform,
   * lowest n8n version, community nodes: an index in compatGroups), its apps (APP_COUNT ids of appNames in
   * appData from APP_START), its title vector (packed, lib/search/tsquery.ts packVector: TITLE_COUNT entries
   * in titleData from TITLE_START), its rating × 100.
   */
  readonly slots = new IntList(SLOT << 16);
  readonly appData = new IntList(1 << 16);
  readonly priceCents: number[] = [];
  readonly reviews: number[] = [];
  readonly sales: number[] = [];
  readonly createdUs: number[] = [];
  readonly titleData = new IntList(1 << 20);
  readonly slotOf = new Map<string, number>();
  /** Every lexeme of a title, numbered (title vectors hold the numbers: ranking looks them up by number). */
  readonly titleLexemes = new Numbering();
  /** Every app, numbered. */
  readonly appNames = new Numbering();
  readonly compatGroups: Omit<CompatGroup, 'count'>[] = [];
  private readonly compatIds = new Map<string, number>();
  readonly postings = new Postings();
  /** Category set id → its category ids. */
  readonly sets = new Map<number, string[]>();
  /** The highest category set id loaded (the sync reads newer ones), and the highest any entry names. */
  maxSetId = 0;
  maxSetSeen = 0;
  dead = 0;
  snapshot = '';
  syncedAt = 0;

  get size(): number {
    return this.ids.length;
  }

  put(row: EntryRow): void {
    this.remove(row.id);
    const slot = this.ids.length;
    this.ids.push(row.id);
    this.maxSetSeen = Math.max(this.maxSetSeen, Number(row.set_id));
    const apps = textArray(row.apps);
    const appStart = this.appData.length;
    for (const app of apps) this.appData.push(this.appNames.of(app));
    const minN8n = row.min_n8n === null ? null : Number(row.min_n8n);
    const key = `${row.platform}|${minN8n}|${row.community}`;
    let compat = this.compatIds.get(key);
    if (compat === undefined) {
      compat = this.compatGroups.length;
      this.compatGroups.push({ platform: row.platform, minN8n, community: row.community });
      this.compatIds.set(key, compat);
    }
    this.priceCents.push(Number(row.price_cents));
    this.reviews.push(Number(row.reviews));
    this.sales.push(Number(row.sales));
    this.createdUs.push(Number(row.created_us));
    const title = parseTsvector(row.title);
    const titleStart = this.titleData.length;
    for (const value of packVector(title, (lexeme) => this.titleLexemes.of(lexeme))) this.titleData.push(value);
    const values = [1, Number(row.set_id), compat, appStart, apps.length, titleStart, title.length, Number(row.rating)];
    for (const value of values) this.slots.push(value);
    for (const lexeme of textArray(row.lexemes)) this.postings.add(lexeme, slot);
    this.slotOf.set(row.id, slot);
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slots.data[slot * SLOT + LIVE] = 0;
    this.slotOf.delete(id);
    this.dead++;
  }

  empty(): Bits {
    return new Uint32Array((this.size + 31) >>> 5);
  }

  fromSlots(slots: IntList | undefined, into = this.empty()): Bits {
    if (slots) {
      const { data, length } = slots;
      for (let i = 0; i < length; i++) into[data[i]! >>> 5]! |= 1 << (data[i]! & 31);
    }
    return into;
  }

  /** The entries a tsquery matches (`search_vector @@ query`), dead slots included (masked by the caller). */
  evaluate(node: TsQueryNode): Bits {
    switch (node.kind) {
      case 'lexeme': {
        if (node.weights) throw new Unsupported('weights');
        if (!node.prefix) return this.fromSlots(this.postings.get(node.lexeme));
        const bits = this.empty();
        for (const lexeme of this.postings.withPrefix(node.lexeme)) this.fromSlots(this.postings.get(lexeme), bits);
        return bits;
      }
      case 'not': {
        const bits = this.evaluate(node.arg);
        for (let i = 0; i < bits.length; i++) bits[i] = ~bits[i]!;
        return bits;
      }
      case 'and':
      case 'or': {
        const left = this.evaluate(node.left);
        const right = this.evaluate(node.right);
        if (node.kind === 'and') for (let i = 0; i < left.length; i++) left[i]! &= right[i]!;
        else for (let i = 0; i < left.length; i++) left[i]! |= right[i]!;
        return left;
      }
      case 'phrase':
        throw new Unsupported('phrase');
    }
  }
}

/** The index of each database handle (a test or a restart opens another), with its loading and syncing. */
type State = { index: CatalogIndex | null; loading: Promise<CatalogIndex> | null; sync: SyncQueue };
// On globalThis: one index per process, even where the server's bundles load this module more than once.
const states = ((globalThis as { __usitechSearchIndex?: WeakMap<Database, State> }).__usitechSearchIndex ??=
  new WeakMap<Database, State>());

function stateOf(handle: DbHandle): State {
  let state = states.get(handle.db);
  if (!state) {
    state = { index: null, loading: null, sync: new SyncQueue() };
    states.set(handle.db, state);
  }
  return state;
}

async function loadIndex(database: Database): Promise<CatalogIndex> {
  const index = new CatalogIndex();
  // The snapshot first: what commits while the rows are read is read again at the first sync (idempotent).
  const [snap] = await queryRows<{ snapshot: string }>(database, sql`select pg_current_snapshot()::text as snapshot`);
  const sets = await queryRows<{ id: number; ids: string[] | string }>(
    database,
    sql`select ${s.id} as id, ${s.categoryIds} as ids from ${s.$table}`,
  );
  for (const set of sets) addSet(index, set);
  const rows = await queryRows<EntryRow>(database, sql`select ${entryColumns} from ${e.$table}`);
  for (const row of rows) index.put(row);
  index.dead = 0;
  index.snapshot = snap!.snapshot;
  index.syncedAt = performance.now();
  return index;
}

function addSet(index: CatalogIndex, set: { id: number; ids: string[] | string }): void {
  index.sets.set(Number(set.id), textArray(set.ids));
  index.maxSetId = Math.max(index.maxSetId, Number(set.id));
}

/**
 * Syncs run one at a time; a search waits for one that starts after it arrived, so it sees every commit
 * made before it (and concurrent searches share that one sync).
 */
class SyncQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private queued: Promise<boolean> | null = null;

  next(run: () => Promise<boolean>): Promise<boolean> {
    if (this.queued) return this.queued;
    const queued: Promise<boolean> = this.tail.then(() => {
      if (this.queued === queued) this.queued = null;
      return run();
    });
    this.queued = queued;
    this.tail = queued.catch(() => false);
    return queued;
  }
}

type Changes = { snapshot: string; changed: number; rows: unknown; sets: unknown };

/**
 * Select-list items reading the changes since the snapshot `prev` (`snapshot`, the statement's own;
 * `changed`, how many entries; `rows`, their entries as JSON, null for a removed one; `sets`, new category
 * sets), for a statement of their own or beside a search's tsquery.
 */
const changesSince = (index: CatalogIndex, prev: string) => sql`pg_current_snapshot()::text as snapshot,
  (select count(distinct ${x.workflowId})::int from ${x.$table} where ${x.xid} >= pg_snapshot_xmin(${prev}::pg_snapshot)
    and not pg_visible_in_snapshot(${x.xid}, ${prev}::pg_snapshot)) as changed,
  (select json_agg(json_build_object('id', ch.id, 'entry', (select row_to_json(r) from (select ${entryColumns}
    from ${e.$table} where ${e.workflowId} = ch.id) r)))
    from (select distinct ${x.workflowId} as id from ${x.$table} where ${x.xid} >= pg_snapshot_xmin(${prev}::pg_snapshot)
      and not pg_visible_in_snapshot(${x.xid}, ${prev}::pg_snapshot) limit ${MAX_CHANGES + 1}) ch) as rows,
  (select json_agg(json_build_object('id', ${s.id}, 'ids', ${s.categoryIds})) from ${s.$table}
    where ${s.id} > ${index.maxSetId}) as sets`;

/**
 * Applies changes read since `prev`: 'applied'; 'raced' when another search applied changes meanwhile (they
 * may come from an older snapshot than this request's: read again); 'reload' when too many changed.
 */
function applyChanges(index: CatalogIndex, prev: string, changes: Changes): 'applied' | 'raced' | 'reload' {
  if (changes.changed > MAX_CHANGES) return 'reload';
  if (index.snapshot !== prev) return 'raced';
  for (const set of parseJsonValue<{ id: number; ids: string[] }[]>(changes.sets) ?? []) addSet(index, set);
  for (const change of parseJsonValue<{ id: string; entry: EntryRow | null }[]>(changes.rows) ?? []) {
    if (change.entry) index.put(change.entry);
    else index.remove(change.id);
  }
  index.snapshot = changes.snapshot;
  index.syncedAt = performance.now();
  return 'applied';
}

/** Reads and applies the changes since the index's snapshot; false when the index must load again. */
async function syncIndex(database: Database, index: CatalogIndex): Promise<boolean> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const prev = index.snapshot;
    const [row] = await queryRows<Changes>(database, sql`select ${changesSince(index, prev)}`);
    const applied = applyChanges(index, prev, row!);
    if (applied !== 'raced') return applied === 'applied';
  }
  return true;
}

function parseJsonValue<T>(value: unknown): T | null {
  if (value === null || value === undefined) return null;
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** An index that has not synced for long, or holds more dead slots than live ones, loads again. */
const worn = (index: CatalogIndex) =>
  performance.now() - index.syncedAt > STALE_AFTER_MS || index.dead > index.size / 2;

/**
 * The app's index as loaded (not yet synced): null while it loads (the first call starts the load) unless
 * `wait`. Load errors are not kept: the next search tries again.
 */
async function loadedIndex(wait: boolean): Promise<CatalogIndex | null> {
  const handle = dbHandle();
  const state = stateOf(handle);
  if (state.index && !worn(state.index)) return state.index;
  state.index = null;
  state.loading ??= loadIndex(handle.db).then(
    (index) => {
      state.index = index;
      state.loading = null;
      return index;
    },
    (error: unknown) => {
      state.loading = null;
      throw error;
    },
  );
  if (wait) return state.loading;
  state.loading.catch((error: unknown) =>
    console.error('The search index could not load; searches run in SQL.', error),
  );
  return null;
}

/** Loads the app's search index now (the bench and tests wait for it; the app loads it on its first search). */
export async function searchIndexReady(): Promise<void> {
  const index = await loadedIndex(true);
  if (index && !(await stateOf(dbHandle()).sync.next(() => syncIndex(dbHandle().db, index)))) {
    stateOf(dbHandle()).index = null;
    await loadedIndex(true);
  }
}

/**
 * Whether the words (folded; each an alternative list: a word and its typo candidates) look like a broad
 * search, by the index's own counts of the lexemes that share their stem-like start: a search expected to
 * match fewer than NARROW entries runs as its one SQL statement (the GIN index reads few rows), a broad
 * one in the index. A guess only: either way gives the same results. False while the index loads (the first
 * call starts the load).
 */
export function looksBroad(words: string[][]): boolean {
  const index = states.get(dbHandle().db)?.index;
  if (!index || worn(index)) {
    // The first word search starts the load (in the background: searches run in SQL meanwhile).
    void loadedIndex(false);
    return false;
  }
  if (words.length === 0) return false;
  // Each word alone first (cheap); then, when every word is common, the entries holding all of them.
  const stems = words.map((alternatives) => alternatives.map((word) => index.postings.stemOf(word)));
  if (stems.some((lists) => lists.every((list) => (list?.length ?? 0) < NARROW))) return false;
  let all: Bits | null = null;
  for (const lists of stems) {
    const either = index.empty();
    for (const list of lists) index.fromSlots(list, either);
    if (all) for (let i = 0; i < all.length; i++) all[i]! &= either[i]!;
    else all = either;
  }
  let count = 0;
  for (const word of all!) count += popcount(word);
  return count >= NARROW;
}

/**
 * Whether a word (folded) of at least five letters looks misspelt to the index: no lexeme starts with it, is
 * its stem-like start (all but its last two letters or fewer) or its "y" turned "i" ("summary" → 'summari').
 * A guess (false while the index loads): the search starts reading the typo candidates early when it says so.
 */
export function likelyMisspelt(words: string[]): boolean {
  const index = states.get(dbHandle().db)?.index;
  if (!index) return false;
  const { postings } = index;
  return words.some((word) => {
    if (word.length < 5 || postings.withPrefix(word, 1).length > 0) return false;
    for (let end = word.length - 1; end >= word.length - 2; end--) if (postings.get(word.slice(0, end))) return false;
    return !(word.endsWith('y') && postings.withPrefix(`${word.slice(0, -1)}i`, 1).length > 0);
  });
}

function popcount(word: number): number {
  let n = word - ((word >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

type Hit = { slot: number; rank: number };

/** Ascending uuid order, as Postgres compares uuids (their lower-case hex text compares the same). */
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function comparator(index: CatalogIndex, sort: CatalogSort): (a: Hit, b: Hit) => number {
  const { ids, sales, createdUs, priceCents, reviews } = index;
  const slots = index.slots.data;
  const rating = (slot: number) => slots[slot * SLOT + RATING]!;
  switch (sort) {
    case 'relevance':
      return (a, b) => b.rank - a.rank || sales[b.slot]! - sales[a.slot]! || byId(ids[a.slot]!, ids[b.slot]!);
    case 'newest':
      return (a, b) => createdUs[b.slot]! - createdUs[a.slot]! || byId(ids[a.slot]!, ids[b.slot]!);
    case 'price-asc':
      return (a, b) => priceCents[a.slot]! - priceCents[b.slot]! || byId(ids[a.slot]!, ids[b.slot]!);
    case 'price-desc':
      return (a, b) => priceCents[b.slot]! - priceCents[a.slot]! || byId(ids[a.slot]!, ids[b.slot]!);
    case 'rating':
      return (a, b) =>
        rating(b.slot) - rating(a.slot) || reviews[b.slot]! - reviews[a.slot]! || byId(ids[a.slot]!, ids[b.slot]!);
    case 'best-selling':
      return (a, b) => sales[b.slot]! - sales[a.slot]! || byId(ids[a.slot]!, ids[b.slot]!);
  }
}

export type IndexedResult = {
  total: number;
  compatGroups: CompatGroup[];
  /** The version of the alias table the search read (search-aliases.ts aliasesVersion). */
  aliasesVersion: string;
  /** The page's cards and the category and app facets (one statement; a caller may skip it when nothing matched). */
  render: () => Promise<{ items: unknown; facets: CategoryFacet[] | unknown; appFacets: AppFacet[] | unknown }>;
};

/**
 * The word search `match` over the in-process index: the same total, page, facets and groups as the SQL
 * statement of search-workflows.ts (matchStatement), or null when the index cannot answer (not loaded yet
 * unless `wait`, a phrase or weighted query, a match it does not know how to rank).
 */
export async function indexedSearch(
  search: CatalogSearch,
  match: Match,
  pageOf: (ids: SQL) => SQL,
  wait = false,
): Promise<IndexedResult | null> {
  const how = match.indexed;
  if (!how || !match.query) return null;
  const index = await loadedIndex(wait);
  if (!index) return null;
  const handle = dbHandle();
  const database = handle.db;

  // In one round trip: the changes since the index's snapshot, the query as Postgres builds it (stemming,
  // completions), the alias table's version, the categories whose names it matches, and the chosen ones' ids.
  const prev = index.snapshot;
  const [pre] = await queryPlanned<
    Changes & { q: string; named: string[] | string | null; chosen: string[] | string | null; aliases: string }
  >(
    sql`with query as materialized (select ${match.query} as q)
      select ${changesSince(index, prev)}, (select q from query)::text as q, ${aliasesVersion} as aliases,
        ${how.categories ? sql`array(select ${c.id} from ${c.$table} where to_tsvector('english', ${c.name}) @@ (select q from query))` : sql`null`} as named,
        ${search.category.length > 0 ? sql`array(select ${c.id} from ${c.$table} where ${c.slug} in (${slugList(search.category)}))` : sql`null`} as chosen`,
  );
  const applied = applyChanges(index, prev, pre!);
  if (applied === 'reload') {
    stateOf(handle).index = null;
    return null;
  }
  // Another search applied changes meanwhile, perhaps from a snapshot older than this request's: sync.
  if (applied === 'raced' && !(await stateOf(handle).sync.next(() => syncIndex(database, index)))) {
    stateOf(handle).index = null;
    return null;
  }
  let matched: Bits;
  let query: TsQueryNode | null;
  try {
    query = parseTsquery(pre!.q);
    matched = query ? index.evaluate(query) : index.empty();
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }

  const named = new Set(pre!.named ? textArray(pre!.named) : []);
  const chosen = pre!.chosen ? new Set(textArray(pre!.chosen)) : null;
  // Per category set: 1 chosen (or none chosen), 2 named by the query, 4 known; computed on first use.
  const setFlags = new Uint8Array(Math.max(index.maxSetId, index.maxSetSeen) + 1);
  const setInfo = (setId: number) => {
    let flags = setFlags[setId]!;
    if (flags === 0) {
      const ids = index.sets.get(setId) ?? [];
      flags = 4;
      if (chosen === null || ids.some((id) => chosen.has(id))) flags |= 1;
      if (ids.some((id) => named.has(id))) flags |= 2;
      setFlags[setId] = flags;
    }
    return flags;
  };

  const minPrice = search.minPrice === undefined ? -Infinity : search.minPrice * 100;
  const maxPrice = search.maxPrice === undefined ? Infinity : search.maxPrice * 100;
  const priced = search.minPrice !== undefined || search.maxPrice !== undefined;
  const minRating = search.minRating === undefined ? -Infinity : search.minRating * 100;
  // Flags by app number: the chosen apps, the apps the query names (alias targets).
  const appFlags = (apps: string[]) => {
    const flags = new Uint8Array(index.appNames.texts.length);
    for (const app of apps) if (index.appNames.find(app) >= 0) flags[index.appNames.find(app)] = 1;
    return flags;
  };
  const chosenApps = search.app.length > 0 ? appFlags(search.app) : null;
  const boost = how.boost.length > 0 ? appFlags(how.boost) : null;
  // Whether each "Runs on" group meets the platform, n8n and built-in filters.
  const compatOk = index.compatGroups.map(
    (g) =>
      (search.platform === undefined || g.platform === search.platform) &&
      (search.n8n === undefined || (g.platform === 'n8n' && (g.minN8n === null || g.minN8n <= search.n8n))) &&
      (!search.builtIn || !g.community),
  );

  const groups = new Int32Array(Math.max(index.maxSetId, index.maxSetSeen) + 1);
  const appCounts = new Int32Array(index.appNames.texts.length);
  const compatCounts = new Int32Array(index.compatGroups.length);
  const hitSlots: number[] = [];
  const hitRanks: number[] = [];
  const { priceCents } = index;
  const slots = index.slots.data;
  const size = index.size;
  const appData = index.appData.data;
  const titleData = index.titleData.data;
  const ranked = search.sort === 'relevance';
  const rank = ranker(query, index.titleLexemes.texts);
  const anyApp = (at: number, of: Uint8Array) => {
    for (let a = slots[at + APP_START]!, end = a + slots[at + APP_COUNT]!; a < end; a++)
      if (of[appData[a]!]) return true;
    return false;
  };
  const rankOf = (at: number) => {
    const r = rank(titleData, slots[at + TITLE_START]!, slots[at + TITLE_COUNT]!);
    return boost && anyApp(at, boost) ? r + 1 : r;
  };

  const collect = (slot: number): void => {
    const at = slot * SLOT;
    if (slots[at + RATING]! < minRating) return;
    if (priced && (priceCents[slot]! < minPrice || priceCents[slot]! > maxPrice)) return;
    const setId = slots[at + SET_ID]!;
    const inChosen = (setInfo(setId) & 1) !== 0;
    const compatGroup = slots[at + COMPAT]!;
    const compatFits = compatOk[compatGroup]!;
    const appsFit = chosenApps === null || anyApp(at, chosenApps);
    // The app facets count every filter but the apps; the "Runs on" groups every filter but the platform ones.
    if (inChosen && compatFits) {
      for (let a = slots[at + APP_START]!, end = a + slots[at + APP_COUNT]!; a < end; a++) appCounts[appData[a]!]!++;
    }
    if (inChosen && appsFit) compatCounts[compatGroup]!++;
    if (!compatFits || !appsFit) return;
    groups[setId]!++;
    if (!inChosen) return;
    hitSlots.push(slot);
    hitRanks.push(ranked ? rankOf(at) : 0);
  };

  for (let word = 0; word < matched.length; word++) {
    let bitsLeft = matched[word]!;
    while (bitsLeft !== 0) {
      const bit = 31 - Math.clz32(bitsLeft & -bitsLeft);
      bitsLeft &= bitsLeft - 1;
      const slot = (word << 5) | bit;
      if (slot >= size || !slots[slot * SLOT + LIVE]) continue;
      collect(slot);
    }
  }
  // Entries matched through a category's name alone (exact match: `or workflow_id = any(…)`).
  if (named.size > 0) {
    for (let slot = 0; slot < size; slot++) {
      if (!slots[slot * SLOT + LIVE] || (matched[slot >>> 5]! & (1 << (slot & 31))) !== 0) continue;
      if ((setInfo(slots[slot * SLOT + SET_ID]!) & 2) !== 0) collect(slot);
    }
  }
  const total = hitSlots.length;
  const hits: Hit[] = hitSlots.map((slot, i) => ({ slot, rank: hitRanks[i]! }));
  const appTotals = new Map<string, number>();
  appCounts.forEach((n, app) => {
    if (n > 0) appTotals.set(index.appNames.texts[app]!, n);
  });
  const compat = index.compatGroups.flatMap((g, i) =>
    compatCounts[i]! > 0 ? [{ ...g, count: compatCounts[i]! }] : [],
  );

  const offset = (search.page - 1) * PAGE_SIZE;
  const page = topK(hits, comparator(index, search.sort), offset + PAGE_SIZE).slice(offset);
  // Arrays, not JSON: the planner sees how many ids unnest gives and looks them up by key.
  const ids = sql`select h.id, h.rank from unnest(${sql.param(page.map((h) => index.ids[h.slot]!))}::uuid[],
    ${sql.param(page.map((h) => h.rank))}::float8[]) as h(id, rank)`;
  // The 40 most used apps, the name deciding among equal counts in SQL's collation: every app counted at
  // least as often as the 40th goes to the statement.
  const cut = [...appTotals.values()].sort((a, b) => b - a)[MAX_APP_FACETS - 1] ?? 0;
  const apps40 = [...appTotals].filter(([, n]) => n >= cut);
  const render = async () => {
    const [row] = await queryPlanned<{ items: unknown; facets: unknown; app_facets: unknown }>(
      sql`with groups as materialized (select (g->>0)::int as set_id, (g->>1)::int as n
          from json_array_elements(${JSON.stringify(setPairs(groups))}::text::json) g)
        select ${pageOf(ids)} as items, ${facetsFromGroups} as facets,
          (select coalesce(json_agg(f order by f.count desc, f.name), '[]'::json) from (
            select a->>0 as name, (a->>1)::int as count from json_array_elements(${JSON.stringify(apps40)}::text::json) a
            order by 2 desc, 1 limit ${MAX_APP_FACETS}) f) as app_facets`,
    );
    return { items: row?.items, facets: row?.facets, appFacets: row?.app_facets };
  };
  return { total, compatGroups: compat, aliasesVersion: pre!.aliases, render };
}

/** The non-zero counts by category set id, as [set id, count] pairs. */
function setPairs(counts: Int32Array): [number, number][] {
  const pairs: [number, number][] = [];
  counts.forEach((n, setId) => {
    if (n > 0) pairs.push([setId, n]);
  });
  return pairs;
}

/** The first `k` hits in `order` (a full sort when k is most of them). */
function topK(hits: Hit[], order: (a: Hit, b: Hit) => number, k: number): Hit[] {
  if (hits.length <= k * 4) return hits.sort(order).slice(0, k);
  const kept: Hit[] = [];
  for (const hit of hits) {
    if (kept.length < k) {
      kept.push(hit);
      if (kept.length === k) kept.sort(order);
    } else if (order(hit, kept[k - 1]!) < 0) {
      let i = k - 1;
      while (i > 0 && order(hit, kept[i - 1]!) < 0) i--;
      kept.splice(i, 0, hit);
      kept.pop();
    }
  }
  return kept.length < k ? kept.sort(order) : kept;
}

/** Deletes catalog_entry_changes rows older than CHANGES_KEPT_MS (the maintenance chore). */
export async function pruneCatalogEntryChanges(before: Date, executor: Executor): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    executor,
    sql`with gone as (delete from ${catalogEntryChanges} where ${catalogEntryChanges.at} < ${before.toISOString()}::timestamptz returning 1)
      select count(*)::int as n from gone`,
  );
  return rows[0]?.n ?? 0;
}
