import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvePurchase } from '@/db/queries/purchases/approve-purchase';
import { reconcile, salesSnapshot, type SalesSnapshot } from '../../scripts/lib/reconcile';
import { testDriver, testHandle } from '../helpers/db';
import { createTestCategory, createTestPurchase, createTestUser, createTestWorkflow } from '../helpers/factories';

/**
 * The reconciliation `npm run load` ends with (scripts/lib/reconcile.ts): silent on a database the app
 * wrote, and each check finds the damage it exists for. The load runs on Postgres only (postgres.js).
 */
describe.skipIf(testDriver() !== 'postgres')('load reconciliation', () => {
  let sql: postgres.Sql;
  let before: SalesSnapshot;
  let workflowId: string;
  let purchaseId: string;

  beforeAll(async () => {
    sql = postgres((testHandle() as { url?: string }).url!, { max: 1, onnotice: () => {} });
    const admin = await createTestUser({ role: 'ADMIN' });
    const buyer = await createTestUser();
    const category = await createTestCategory();
    const workflow = await createTestWorkflow({ categoryIds: [category.id] });
    workflowId = workflow.id;
    before = await salesSnapshot(sql);
    const purchase = await createTestPurchase(buyer.id, workflow.id);
    purchaseId = purchase.id;
    await createTestPurchase((await createTestUser()).id, workflow.id);
    await approvePurchase(admin.id, purchase.id);
  });
  afterAll(() => sql.end({ timeout: 5 }));

  const checksFailing = async () => [...new Set((await reconcile(sql, before)).map((d) => d.check))];

  it('finds nothing wrong in what the app wrote', async () => {
    expect(await reconcile(sql, before)).toEqual([]);
  });

  it('finds a sale counted twice, a lost invoice and a second payment notice', async () => {
    await sql`update workflows set sales_count = sales_count + 1 where id = ${workflowId}`;
    expect(await checksFailing()).toEqual(['sales_count grew by exactly the purchases that became ACTIVE']);
    await sql`update workflows set sales_count = sales_count - 1 where id = ${workflowId}`;

    await sql`insert into notifications (user_id, type, title, message)
              select user_id, 'SUCCESS', 'Payment confirmed', 'again' from purchases where id = ${purchaseId}`;
    expect(await checksFailing()).toEqual(['one "Payment confirmed" notification per ACTIVE purchase']);
    await sql`delete from notifications where message = 'again'`;

    await sql`update purchases set status = 'REJECT' where id = ${purchaseId}`;
    expect(await checksFailing()).toEqual(
      expect.arrayContaining([
        'each ACTIVE purchase has exactly one invoice, and no other purchase has one',
        'one "Payment confirmed" notification per ACTIVE purchase',
      ]),
    );
    await sql`update purchases set status = 'ACTIVE' where id = ${purchaseId}`;
    expect(await reconcile(sql, before)).toEqual([]);
  });

  it('finds a stale rating, a gap in the invoice numbers and a wrong catalog count', async () => {
    await sql`update workflows set rating_avg = 4.5 where id = ${workflowId}`;
    expect(await checksFailing()).toEqual(
      expect.arrayContaining(['rating average and review count equal the recount of visible reviews']),
    );
    await sql`update workflows set rating_avg = 0 where id = ${workflowId}`;

    await sql`update invoices set invoice_number = regexp_replace(invoice_number, '\\d+$', '000009')`;
    expect(await checksFailing()).toEqual([
      'invoice numbers are continuous in each year (1 … last, each once) and the counter is at the last',
    ]);
    await sql`update invoices set invoice_number = regexp_replace(invoice_number, '\\d+$', '000001')`;

    await sql`update catalog_counts set active_workflows = active_workflows + 1 where key = 'all'`;
    expect(await checksFailing()).toEqual(['catalog counts (all, and per category) equal the active workflows']);
    await sql`update catalog_counts set active_workflows = active_workflows - 1 where key = 'all'`;

    await sql`update catalog_compat_counts set entries = entries + 1`;
    expect(await checksFailing()).toEqual([
      'kept facet counts (catalog_compat_counts, catalog_app_counts) equal the catalog entries',
    ]);
    await sql`update catalog_compat_counts set entries = entries - 1`;
    expect(await reconcile(sql, before)).toEqual([]);
  });
});
