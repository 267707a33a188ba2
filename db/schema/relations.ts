import { relations } from 'drizzle-orm';
import { categories, workflowAssets, workflowCategories, workflows } from './catalog';
import { auditLog, invoices, purchases } from './commerce';
import { comments, favorites } from './engagement';
import { contactMessages } from './support';
import { notifications, users } from './users';

export const usersRelations = relations(users, ({ many }) => ({
  notifications: many(notifications),
  favorites: many(favorites),
  comments: many(comments),
  purchases: many(purchases),
  contactMessages: many(contactMessages),
}));

export const notificationsRelations = relations(notifications, ({ one }) => ({
  user: one(users, { fields: [notifications.userId], references: [users.id] }),
}));

export const workflowsRelations = relations(workflows, ({ many }) => ({
  categories: many(workflowCategories),
  assets: many(workflowAssets),
  favorites: many(favorites),
  comments: many(comments),
  purchases: many(purchases),
}));

export const categoriesRelations = relations(categories, ({ many }) => ({
  workflows: many(workflowCategories),
}));

export const workflowCategoriesRelations = relations(workflowCategories, ({ one }) => ({
  workflow: one(workflows, { fields: [workflowCategories.workflowId], references: [workflows.id] }),
  category: one(categories, { fields: [workflowCategories.categoryId], references: [categories.id] }),
}));

export const workflowAssetsRelations = relations(workflowAssets, ({ one }) => ({
  workflow: one(workflows, { fields: [workflowAssets.workflowId], references: [workflows.id] }),
}));

export const favoritesRelations = relations(favorites, ({ one }) => ({
  user: one(users, { fields: [favorites.userId], references: [users.id] }),
  workflow: one(workflows, { fields: [favorites.workflowId], references: [workflows.id] }),
}));

export const commentsRelations = relations(comments, ({ one }) => ({
  user: one(users, { fields: [comments.userId], references: [users.id] }),
  workflow: one(workflows, { fields: [comments.workflowId], references: [workflows.id] }),
}));

export const purchasesRelations = relations(purchases, ({ one, many }) => ({
  user: one(users, { fields: [purchases.userId], references: [users.id] }),
  workflow: one(workflows, { fields: [purchases.workflowId], references: [workflows.id] }),
  invoices: many(invoices),
}));

export const invoicesRelations = relations(invoices, ({ one }) => ({
  purchase: one(purchases, { fields: [invoices.purchaseId], references: [purchases.id] }),
}));

export const contactMessagesRelations = relations(contactMessages, ({ one }) => ({
  user: one(users, { fields: [contactMessages.userId], references: [users.id] }),
}));

export const auditLogRelations = relations(auditLog, ({ one }) => ({
  actor: one(users, { fields: [auditLog.actorId], references: [users.id] }),
}));
