import { relations } from 'drizzle-orm';
import { categories, workflowAssets, workflowCategories, workflows } from './catalog';

/*
 * The relations the relational query API reads (`db.query.x.findFirst({ with: … })`): the public workflow
 * page (db/queries/catalog/get-workflow.ts) reads a workflow with its categories and gallery. Declare a
 * relation when a query reads it, with both sides (a `many` needs the `one` that names its columns).
 */

export const workflowsRelations = relations(workflows, ({ many }) => ({
  categories: many(workflowCategories),
  assets: many(workflowAssets),
}));

export const workflowCategoriesRelations = relations(workflowCategories, ({ one }) => ({
  workflow: one(workflows, { fields: [workflowCategories.workflowId], references: [workflows.id] }),
  category: one(categories, { fields: [workflowCategories.categoryId], references: [categories.id] }),
}));

export const workflowAssetsRelations = relations(workflowAssets, ({ one }) => ({
  workflow: one(workflows, { fields: [workflowAssets.workflowId], references: [workflows.id] }),
}));
