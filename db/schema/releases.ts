import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { workflows } from './catalog';
import { purchases } from './commerce';
import { users } from './users';

/**
 * A published version of a workflow (issue 17). The latest one (highest version) is also copied into
 * `workflows.definition` in the same transaction (db/queries/admin/workflow-releases.ts), so every reader
 * of the workflow's JSON keeps reading the latest release.
 */
export const workflowReleases = pgTable(
  'workflow_releases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workflowId: uuid('workflow_id')
      .notNull()
      .references(() => workflows.id, { onDelete: 'cascade' }),
    /** Semantic version `1.2.0`; the parts below sort it. */
    version: text('version').notNull(),
    major: integer('major').notNull(),
    minor: integer('minor').notNull(),
    patch: integer('patch').notNull(),
    /** The importable n8n export of this release; only buyers may download it. */
    definition: jsonb('definition').$type<Record<string, unknown>>().notNull(),
    /** Markdown; rendered with lib/markdown (sanitised). */
    changelog: text('changelog').notNull(),
    /** From lib/workflows/analyze.ts at publishing time. */
    minN8nVersion: text('min_n8n_version'),
    /** The node types the release uses (sticky notes left out), from the same analysis. */
    nodeTypes: text('node_types').array().notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('workflow_releases_version_unique').on(t.workflowId, t.version),
    index('workflow_releases_order_idx').on(t.workflowId, t.major, t.minor, t.patch),
  ],
);

export type WorkflowRelease = typeof workflowReleases.$inferSelect;

/**
 * One row per (release, buyer) told of the release (issue 17): the in-app notice and the email are
 * written with it, in the publishing transaction, only for the rows this insert adds, so the primary key
 * makes the notice exactly-once whatever retries.
 */
export const releaseNotices = pgTable(
  'release_notices',
  {
    releaseId: uuid('release_id')
      .notNull()
      .references(() => workflowReleases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.releaseId, t.userId] }), index('release_notices_user_idx').on(t.userId)],
);

/**
 * Which releases a buyer has fetched, per purchase (issue 17): a download from the library or a fetch of
 * the signed "Import into n8n" URL. One row per (purchase, release), upserted on every fetch (the primary
 * key is the "only one" rule); the library shows "Update available" while the latest release has no row.
 */
export const releaseDownloads = pgTable(
  'release_downloads',
  {
    purchaseId: uuid('purchase_id')
      .notNull()
      .references(() => purchases.id, { onDelete: 'cascade' }),
    releaseId: uuid('release_id')
      .notNull()
      .references(() => workflowReleases.id, { onDelete: 'cascade' }),
    firstDownloadedAt: timestamp('first_downloaded_at', { withTimezone: true }).notNull().defaultNow(),
    lastDownloadedAt: timestamp('last_downloaded_at', { withTimezone: true }).notNull().defaultNow(),
    downloads: integer('downloads').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.purchaseId, t.releaseId] }), index('release_downloads_release_idx').on(t.releaseId)],
);
