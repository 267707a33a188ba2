import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { tsvector, workflows } from './catalog';

/*
 * The catalog's derived tables: what its search and its counts read instead of scanning the workflows. All but
 * search_aliases (the admin's list) are kept by database triggers (db/sql/*.sql) and never written by the app.
 */

/**
 * Active-workflow counts kept by triggers (db/sql/catalog-counts.sql): `key` is 'all' or a category id. They
 * give the unfiltered catalog its total and per-category counts without reading 100,000 rows. Never written
 * by the app; the triggers on workflows and workflow_categories maintain them.
 */
export const catalogCounts = pgTable('catalog_counts', {
  key: text('key').primaryKey(),
  activeWorkflows: integer('active_workflows').notNull().default(0),
});

/**
 * Every lexeme of an active workflow's search vector, kept by triggers on catalog_entries
 * (db/sql/search-lexemes.sql). The last word of a search is completed through it (`summar` → 'summari' |
 * 'summaris'): a few exact lexemes let the GIN index skip along the rarer words of the query, where a prefix
 * match reads every workflow holding any completion (`summar:*` is in two thirds of the seeded catalog).
 * Never removed.
 */
export const searchLexemes = pgTable('search_lexemes', {
  lexeme: text('lexeme').primaryKey(),
});

/**
 * Each distinct set of categories a workflow has (sorted ids), kept by triggers (db/sql/workflow-categories.sql).
 * The catalog counts matches per category by grouping them on this small integer (a few dozen groups), then
 * spreading each group's count over its categories; grouping on the uuid[] itself costs twice as much.
 * Sets are never removed: an unused one only costs a row.
 */
export const categorySets = pgTable('category_sets', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  categoryIds: uuid('category_ids').array().notNull().unique('category_sets_category_ids_unique'),
});

/**
 * Every lower-cased word of an active or past workflow title, kept by triggers (db/sql/search-terms.sql): the
 * typo-tolerant search compares a mistyped word with these few thousand words (pg_trgm) instead of with
 * every title. Words are never removed; a stale one only widens a typo query that finds nothing with it.
 */
export const searchTerms = pgTable('search_terms', {
  term: text('term').primaryKey(),
});

/**
 * The typo dictionary's deletes index (SymSpell): each search_terms word of 4 letters or more under itself and
 * every spelling with one letter removed, and a word of 7 or more also with two removed; kept by a trigger on
 * search_terms (db/sql/search-terms.sql). A query word's own deletes find, through the primary key, every
 * dictionary word within two edits of it; the search re-scores those few with a true Damerau–Levenshtein
 * distance (lib/search/typos.ts). Same on PGlite and Postgres, no extension needed.
 */
export const searchTermVariants = pgTable(
  'search_term_variants',
  {
    variant: text('variant').notNull(),
    term: text('term').notNull(),
  },
  (t) => [primaryKey({ columns: [t.variant, t.term] })],
);

/**
 * Other names shoppers type for an app or a phrase ("gsheets" → "Google Sheets", "wa" → "WhatsApp"): the
 * search replaces the alias (folded: lower case, no accents, single spaces) by the target before matching,
 * and when the target is an app name ranks the workflows using that app first. Admins edit the list.
 */
export const searchAliases = pgTable('search_aliases', {
  id: uuid('id').primaryKey().defaultRandom(),
  alias: text('alias').notNull().unique('search_aliases_alias_unique'),
  target: text('target').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The search side of the catalog: one narrow row per ACTIVE workflow, kept by triggers on workflows
 * (db/sql/catalog-entries.sql), never written by the app. A word search that matches thousands of workflows
 * reads these ~1 KB rows (sort keys, category set, app names, a small title vector for ranking) instead of
 * the ~3 KB workflow rows, and an expired workflow has no entry at all. The columns are stored in this order:
 * what every match is read for comes before the search vector (Postgres cannot move a column: a new order
 * means rebuilding the table, as drizzle/0012_catalog_entries_layout.sql did).
 */
export const catalogEntries = pgTable(
  'catalog_entries',
  {
    workflowId: uuid('workflow_id')
      .primaryKey()
      .references(() => workflows.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    reviewCount: integer('review_count').notNull(),
    salesCount: integer('sales_count').notNull(),
    price: numeric('price', { precision: 12, scale: 2 }).notNull(),
    ratingAvg: numeric('rating_avg', { precision: 3, scale: 2 }).notNull(),
    categorySetId: integer('category_set_id').notNull(),
    /** metadata.apps as an array: the "Apps used" filter (`apps && {…}`). */
    apps: text('apps').array().notNull(),
    /** metadata.platform (`n8n` when absent): the "Platform" filter and its counts (migration 0025). */
    platform: text('platform').notNull().default('n8n'),
    /**
     * The lowest n8n version the workflow's JSON needs, as major·1,000,000 + minor·1,000 + patch (null when
     * nothing tells), and whether it uses a community node: the "Runs on my n8n" filters (issue 17). Read from
     * the JSON by db/sql/catalog-entries.sql with the rules of lib/workflows/analyze.ts.
     */
    minN8n: integer('min_n8n'),
    communityNodes: boolean('community_nodes').notNull().default(false),
    /** The title alone (weight A): relevance ranks by it, cheap to read for every match. */
    titleVector: tsvector('title_vector').notNull(),
    /** A copy of workflows.search_vector, matched through the GIN index only (last: never deformed). */
    searchVector: tsvector('search_vector').notNull(),
  },
  (t) => [
    index('catalog_entries_search_idx').using('gin', t.searchVector),
    index('catalog_entries_apps_idx').using('gin', t.apps),
    /**
     * The app and "Runs on" facets of a filtered browse (minimum rating, price range, categories, no words)
     * read it: an index-only scan of these narrow entries instead of a scan of every ~1 KB row (issue 15).
     */
    index('catalog_entries_rating_price_idx').on(
      t.ratingAvg,
      t.price,
      t.categorySetId,
      t.apps,
      t.platform,
      t.minN8n,
      t.communityNodes,
    ),
    // The few workflows not made for n8n: the unfiltered catalog counts them through this index alone
    // (n8n's count is the rest of the kept total).
    index('catalog_entries_platform_idx')
      .on(t.platform)
      .where(sql`${t.platform} <> 'n8n'`),
  ],
);

/**
 * The catalog entries counted by whole-star rating (`floor(rating_avg)`, 0–5: the rating filter is "at least
 * N stars", N a whole number), category set and "Runs on" group (platform, lowest n8n version with 0 for
 * none stated, community nodes); kept by statement triggers on catalog_entries (db/sql/catalog-facet-counts.sql),
 * never written by the app. A browse filtered by rating and categories alone sums these few hundred rows for
 * its total, category facets and "Runs on" groups instead of counting tens of thousands of entries (issue 15).
 */
export const catalogCompatCounts = pgTable(
  'catalog_compat_counts',
  {
    ratingFloor: smallint('rating_floor').notNull(),
    categorySetId: integer('category_set_id').notNull(),
    platform: text('platform').notNull(),
    minN8n: integer('min_n8n').notNull(),
    communityNodes: boolean('community_nodes').notNull(),
    entries: integer('entries').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'catalog_compat_counts_pk',
      columns: [t.ratingFloor, t.categorySetId, t.platform, t.minN8n, t.communityNodes],
    }),
  ],
);

/**
 * The catalog entries using each app, by whole-star rating and category set, kept likewise: the app facets of
 * a browse filtered by rating and categories alone (issue 15).
 */
export const catalogAppCounts = pgTable(
  'catalog_app_counts',
  {
    ratingFloor: smallint('rating_floor').notNull(),
    categorySetId: integer('category_set_id').notNull(),
    app: text('app').notNull(),
    entries: integer('entries').notNull(),
  },
  (t) => [primaryKey({ name: 'catalog_app_counts_pk', columns: [t.ratingFloor, t.categorySetId, t.app] })],
);

/** A transaction id (`xid8`, as `pg_current_xact_id()` gives it), read as its decimal text. */
const xid8 = customType<{ data: string }>({ dataType: () => 'xid8' });

/**
 * Which catalog entries changed, in which transaction: a trigger on catalog_entries (db/sql/catalog-entry-changes.sql)
 * adds a row for every entry a statement inserts, updates or deletes. The in-process search index
 * (db/queries/catalog/search-index.ts) reads the rows of the transactions its last snapshot did not see, so each
 * instance catches up with every commit, in whatever order they committed. Rows older than a day are pruned by
 * the maintenance chore; an index that has not synced for an hour loads the catalog again instead.
 */
export const catalogEntryChanges = pgTable(
  'catalog_entry_changes',
  {
    xid: xid8('xid')
      .notNull()
      .default(sql`pg_current_xact_id()`),
    workflowId: uuid('workflow_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('catalog_entry_changes_xid_idx').on(t.xid), index('catalog_entry_changes_at_idx').on(t.at)],
);

export type CatalogCount = typeof catalogCounts.$inferSelect;
