import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { workflows } from './catalog';
import { timestamps, users } from './users';

export const favorites = pgTable(
  'favorites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    workflowId: uuid('workflow_id')
      .notNull()
      .references(() => workflows.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('favorites_user_workflow_unique').on(t.userId, t.workflowId),
    index('favorites_user_created_idx').on(t.userId, t.createdAt),
    index('favorites_workflow_idx').on(t.workflowId),
  ],
);

/** Reviews: one per user and workflow, by verified buyers only (enforced in db/queries). */
export const comments = pgTable(
  'comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    workflowId: uuid('workflow_id')
      .notNull()
      .references(() => workflows.id, { onDelete: 'cascade' }),
    rating: integer('rating').notNull(),
    content: text('content').notNull(),
    hidden: boolean('hidden').notNull().default(false),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('comments_user_workflow_unique').on(t.userId, t.workflowId),
    index('comments_workflow_created_idx').on(t.workflowId, t.createdAt),
    index('comments_workflow_rating_idx').on(t.workflowId, t.rating),
    index('comments_created_idx').on(t.createdAt),
    check('comments_rating_range', sql`${t.rating} between 1 and 5`),
  ],
);

export type Favorite = typeof favorites.$inferSelect;
export type Comment = typeof comments.$inferSelect;
export type NewComment = typeof comments.$inferInsert;
