import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { queryRows } from '@/db/client';
import { approvePurchase } from '@/db/queries/purchases';
import { createReview } from '@/db/queries/reviews';
import type { Caller, Objects } from '../../../e2e/authorization/matrix';
import { createTestCategory, createTestPurchase, createTestUser, createTestWorkflow } from '../../helpers/factories';

export type FuzzUsers = Record<Exclude<Caller, 'anon'>, { id: string; role: 'USER' | 'ADMIN' }>;

/**
 * The callers and the objects of the authorization matrix (e2e/authorization/matrix.ts) in the test's
 * database: shopper A owns a workflow (an approved purchase with its invoice and notification, and a review
 * of it) and has a pending purchase of another; B owns nothing; the admin. Ids that do not exist where the
 * workflow has no asset or release.
 */
export async function makeFuzzObjects(): Promise<{ users: FuzzUsers; objects: Objects }> {
  const [a, b, admin] = await Promise.all([createTestUser(), createTestUser(), createTestUser({ role: 'ADMIN' })]);
  const category = await createTestCategory();
  const owned = await createTestWorkflow({ categoryIds: [category.id] });
  const other = await createTestWorkflow({ categoryIds: [category.id] });
  const pending = await createTestPurchase(a.id, other.id);
  const active = await createTestPurchase(a.id, owned.id);
  await approvePurchase(admin.id, active.id);
  await createReview(a.id, owned.id, { rating: 5, content: 'Ran on the first try; the setup notes were clear.' });
  const one = async (query: SQL) => (await queryRows<{ id: string }>(db, query))[0]?.id ?? randomUUID();
  const objects: Objects = {
    slug: owned.slug,
    workflowId: owned.id,
    pendingPurchaseId: pending.id,
    activePurchaseId: active.id,
    invoiceId: await one(sql`select id from invoices where purchase_id = ${active.id}`),
    notificationId: await one(sql`select id from notifications where user_id = ${a.id} limit 1`),
    reviewId: await one(sql`select id from comments where user_id = ${a.id} limit 1`),
    assetId: await one(sql`select id from workflow_assets where workflow_id = ${owned.id} limit 1`),
    releaseId: await one(sql`select id from workflow_releases where workflow_id = ${owned.id} limit 1`),
    userAId: a.id,
    categoryId: category.id,
    categorySlug: category.slug,
  };
  const users: FuzzUsers = {
    a: { id: a.id, role: 'USER' },
    b: { id: b.id, role: 'USER' },
    admin: { id: admin.id, role: 'ADMIN' },
  };
  return { users, objects };
}
