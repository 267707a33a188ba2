import { sql, type SQL } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { assetKind, workflowStatus } from './enums';
import { timestamps } from './users';

/** Postgres `tsvector`; only ever written by the database (generated column). */
const tsvector = customType<{ data: string }>({
  dataType() {
    return 'tsvector';
  },
});

/** Free-form facts about a workflow shown on its page and used as filters. */
export type WorkflowMetadata = {
  platform?: 'n8n' | 'make' | 'zapier';
  apps?: string[];
  setupMinutes?: number;
  level?: 'beginner' | 'intermediate' | 'advanced';
  [key: string]: unknown;
};

export const workflows = pgTable(
  'workflows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    shortDescription: text('short_description').notNull(),
    description: text('description').notNull(),
    /** The optional Vietnamese version of title, shortDescription and description (lib/workflows/localized.ts). */
    titleVi: text('title_vi'),
    shortDescriptionVi: text('short_description_vi'),
    descriptionVi: text('description_vi'),
    price: numeric('price', { precision: 12, scale: 2 }).notNull(),
    status: workflowStatus('status').notNull().default('active'),
    features: text('features')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    ratingAvg: numeric('rating_avg', { precision: 3, scale: 2 }).notNull().default('0'),
    reviewCount: integer('review_count').notNull().default(0),
    salesCount: integer('sales_count').notNull().default(0),
    /** The importable n8n / Make export; only buyers may download it. */
    definition: jsonb('definition').$type<Record<string, unknown>>().notNull(),
    metadata: jsonb('metadata').$type<WorkflowMetadata>().notNull().default({}),
    /** The workflow's category ids, kept from its links (db/sql/workflow-categories.sql): facets read them. */
    categoryIds: uuid('category_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    /** The category_sets row of categoryIds, set by a trigger (db/sql/workflow-categories.sql): counts group by it. */
    categorySetId: integer('category_set_id'),
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`setweight(to_tsvector('english'::regconfig, coalesce(${workflows.title}, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(${workflows.shortDescription}, '')), 'B') || setweight(to_tsvector('english'::regconfig, usi_text_array_to_string(${workflows.features})), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(${workflows.description}, '')), 'C')`,
      ),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('workflows_slug_unique').on(t.slug),
    index('workflows_search_idx').using('gin', t.searchVector),
    index('workflows_metadata_idx').using('gin', t.metadata.op('jsonb_path_ops')),
    index('workflows_status_created_idx').on(t.status, t.createdAt),
    // The price and rating filters' indexes also carry what the facets and the price sort's tiebreaker
    // read, so counting a filtered catalog is an index-only scan (the rows themselves are wide).
    index('workflows_status_price_idx').on(t.status, t.price, t.id, t.ratingAvg, t.categorySetId),
    index('workflows_status_rating_idx').on(t.status, t.ratingAvg, t.price, t.categorySetId),
    index('workflows_status_sales_idx').on(t.status, t.salesCount),
    // Several categories with no other filter: the total is an index-only count of the matching sets.
    index('workflows_status_set_idx').on(t.status, t.categorySetId),
  ],
);

export const categories = pgTable(
  'categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    description: text('description').notNull().default(''),
    /** The optional Vietnamese name and description (lib/workflows/localized.ts). */
    nameVi: text('name_vi'),
    descriptionVi: text('description_vi'),
    icon: text('icon'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('categories_name_unique').on(t.name), uniqueIndex('categories_slug_unique').on(t.slug)],
);

export const workflowCategories = pgTable(
  'workflow_categories',
  {
    workflowId: uuid('workflow_id')
      .notNull()
      .references(() => workflows.id, { onDelete: 'cascade' }),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ name: 'workflow_categories_pk', columns: [t.workflowId, t.categoryId] }),
    index('workflow_categories_category_idx').on(t.categoryId, t.workflowId),
  ],
);

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

export const workflowAssets = pgTable(
  'workflow_assets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workflowId: uuid('workflow_id')
      .notNull()
      .references(() => workflows.id, { onDelete: 'cascade' }),
    kind: assetKind('kind').notNull(),
    /** A path under /public (demo), a storage-module key (uploads) or an https URL (video). */
    storageKey: text('storage_key').notNull(),
    title: text('title'),
    alt: text('alt'),
    sortOrder: integer('sort_order').notNull().default(0),
    sizeBytes: integer('size_bytes'),
    contentType: text('content_type'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('workflow_assets_workflow_idx').on(t.workflowId, t.sortOrder)],
);

export type Workflow = typeof workflows.$inferSelect;
export type NewWorkflow = typeof workflows.$inferInsert;
export type Category = typeof categories.$inferSelect;
export type NewCategory = typeof categories.$inferInsert;
export type WorkflowCategory = typeof workflowCategories.$inferSelect;
export type CatalogCount = typeof catalogCounts.$inferSelect;
export type WorkflowAsset = typeof workflowAssets.$inferSelect;
export type NewWorkflowAsset = typeof workflowAssets.$inferInsert;
