import { sql, type SQL } from 'drizzle-orm';
import {
  customType,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { assetKind, workflowStatus } from './enums';
import { timestamps } from './users';

/** Postgres `tsvector`; only ever written by the database (generated column). */
export const tsvector = customType<{ data: string }>({
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
export type WorkflowAsset = typeof workflowAssets.$inferSelect;
export type NewWorkflowAsset = typeof workflowAssets.$inferInsert;
