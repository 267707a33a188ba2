import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import {
  comments,
  favorites,
  invoices,
  notifications,
  purchases,
  users,
  workflowCategories,
  workflows,
} from '@/db/schema';
import { createTestCategory, createTestPurchase, createTestUser, createTestWorkflow } from '../helpers/factories';
import { testDriver } from '../helpers/db';

/** Runs `fn`, expecting Postgres to refuse it with SQLSTATE `code` (or one of several). */
// ON DELETE RESTRICT answers foreign_key_violation (23503) up to Postgres 16, restrict_violation
// (23001) from 17 on (PGlite is 17).
const RESTRICTED = ['23503', '23001'];
async function expectPgError(fn: () => Promise<unknown>, code: string | string[]) {
  let caught: unknown;
  try {
    await fn();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected SQLSTATE ${code}`).toBeDefined();
  let e: unknown = caught;
  let found: string | undefined;
  for (let i = 0; e && i < 5; i++) {
    const pg = e as { code?: string; cause?: unknown };
    if (pg.code && /^[0-9A-Z]{5}$/.test(pg.code)) {
      found = pg.code;
      break;
    }
    e = pg.cause;
  }
  expect([code].flat()).toContain(found);
}

describe(`schema constraints (${testDriver()})`, () => {
  it('refuses a second user with the same email', async () => {
    await createTestUser({ email: 'same@example.test' });
    await expectPgError(() => createTestUser({ email: 'same@example.test' }), '23505');
  });

  it('stores emails lower-case only', async () => {
    await expectPgError(() => createTestUser({ email: 'Upper@Example.test' }), '23514');
  });

  it('refuses a duplicate favorite', async () => {
    const user = await createTestUser();
    const workflow = await createTestWorkflow();
    await db.insert(favorites).values({ userId: user.id, workflowId: workflow.id });
    await expectPgError(() => db.insert(favorites).values({ userId: user.id, workflowId: workflow.id }), '23505');
  });

  it('refuses a duplicate workflow–category pair', async () => {
    const category = await createTestCategory();
    const workflow = await createTestWorkflow({ categoryIds: [category.id] });
    await expectPgError(
      () => db.insert(workflowCategories).values({ workflowId: workflow.id, categoryId: category.id }),
      '23505',
    );
  });

  it('allows one open purchase per user and workflow, and a new one after a rejection', async () => {
    const user = await createTestUser();
    const workflow = await createTestWorkflow();
    const first = await createTestPurchase(user.id, workflow.id);
    await expectPgError(() => createTestPurchase(user.id, workflow.id), '23505');
    await expectPgError(() => createTestPurchase(user.id, workflow.id, { status: 'ACTIVE' }), '23505');
    await db.update(purchases).set({ status: 'REJECT' }).where(eq(purchases.id, first.id));
    const second = await createTestPurchase(user.id, workflow.id);
    expect(second.status).toBe('PENDING');
  });

  it('refuses a duplicate transfer reference', async () => {
    const user = await createTestUser();
    const [a, b] = [await createTestWorkflow(), await createTestWorkflow()];
    const p = await createTestPurchase(user.id, a.id);
    await expectPgError(
      () =>
        db.insert(purchases).values({
          userId: user.id,
          workflowId: b.id,
          amount: '1.00',
          transferReference: p.transferReference,
        }),
      '23505',
    );
  });

  it('refuses a rating outside 1–5 and a second review by the same user', async () => {
    const user = await createTestUser();
    const workflow = await createTestWorkflow();
    const review = { userId: user.id, workflowId: workflow.id, content: 'Works as described.' };
    await expectPgError(() => db.insert(comments).values({ ...review, rating: 6 }), '23514');
    await expectPgError(() => db.insert(comments).values({ ...review, rating: 0 }), '23514');
    await db.insert(comments).values({ ...review, rating: 5 });
    await expectPgError(() => db.insert(comments).values({ ...review, rating: 4 }), '23505');
  });

  it('cascades a user’s favorites, reviews and notifications, but keeps users with purchases', async () => {
    const user = await createTestUser();
    const workflow = await createTestWorkflow();
    await db.insert(favorites).values({ userId: user.id, workflowId: workflow.id });
    await db.insert(comments).values({ userId: user.id, workflowId: workflow.id, rating: 4, content: 'Nice one!!' });
    await db.insert(notifications).values({ userId: user.id, type: 'SUCCESS', title: 't', message: 'm' });
    await db.delete(users).where(eq(users.id, user.id));
    const [f, c, n] = await Promise.all([
      db.select().from(favorites).where(eq(favorites.userId, user.id)),
      db.select().from(comments).where(eq(comments.userId, user.id)),
      db.select().from(notifications).where(eq(notifications.userId, user.id)),
    ]);
    expect([f.length, c.length, n.length]).toEqual([0, 0, 0]);

    const buyer = await createTestUser();
    await createTestPurchase(buyer.id, workflow.id);
    await expectPgError(() => db.delete(users).where(eq(users.id, buyer.id)), RESTRICTED);
    await expectPgError(() => db.delete(workflows).where(eq(workflows.id, workflow.id)), RESTRICTED);
  });

  it('cascades a workflow’s categories when it has no purchases', async () => {
    const category = await createTestCategory();
    const workflow = await createTestWorkflow({ categoryIds: [category.id] });
    await db.delete(workflows).where(eq(workflows.id, workflow.id));
    const links = await db.select().from(workflowCategories).where(eq(workflowCategories.categoryId, category.id));
    expect(links).toHaveLength(0);
  });

  it('keeps invoices unique by number and tied to their purchase', async () => {
    const user = await createTestUser();
    const workflow = await createTestWorkflow();
    const purchase = await createTestPurchase(user.id, workflow.id, { status: 'ACTIVE' });
    const invoice = {
      purchaseId: purchase.id,
      invoiceNumber: 'INV-2026-000001',
      amount: purchase.amount,
      buyerDetails: { name: 'Buyer' },
      sellerDetails: { name: 'Seller' },
    };
    await db.insert(invoices).values(invoice);
    await expectPgError(() => db.insert(invoices).values(invoice), '23505');
    await expectPgError(() => db.delete(purchases).where(eq(purchases.id, purchase.id)), RESTRICTED);
  });

  it('fills the search vector', async () => {
    const workflow = await createTestWorkflow({ title: 'Telegram invoice reminder', features: ['Overdue alerts'] });
    const [found] = await db
      .select({ id: workflows.id })
      .from(workflows)
      .where(sql`${workflows.searchVector} @@ websearch_to_tsquery('english', 'overdue reminders')`);
    expect(found?.id).toBe(workflow.id);
  });
});
