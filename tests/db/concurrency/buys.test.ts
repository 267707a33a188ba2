import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { buyWorkflow } from '@/db/queries/purchases';
import { purchases } from '@/db/schema';
import { createTestPurchase } from '../../helpers/factories';
import { testDriver } from '../../helpers/db';
import { outboxRowsTo } from '../../helpers/mail';
import { auditOf, HOURS_AGO, notificationsOf, purchaseRow, shop } from '../queries/purchases/helpers';
import { fulfilled, PARALLEL, race, refusals } from './helpers';

const purchasesOf = (userId: string, workflowId: string) =>
  db
    .select({ id: purchases.id, status: purchases.status, rejectReason: purchases.rejectReason })
    .from(purchases)
    .where(and(eq(purchases.userId, userId), eq(purchases.workflowId, workflowId)));

describe.runIf(testDriver() === 'postgres')('50 parallel "Buy now" of one workflow by one buyer (Postgres)', () => {
  it('open one PENDING purchase, hand every click that purchase, and queue one order mail and one admin alert', async () => {
    const { buyer, admin, workflow } = await shop('349000.00');

    const outcomes = await race(PARALLEL, () => buyWorkflow(buyer.id, workflow.id));

    expect(refusals(outcomes)).toEqual([]);
    const results = fulfilled(outcomes);
    const rows = await purchasesOf(buyer.id, workflow.id);
    expect(rows).toEqual([{ id: expect.any(String), status: 'PENDING', rejectReason: null }]);
    expect(results).toContainEqual({ kind: 'pending', purchaseId: rows[0]!.id, created: true });
    expect(results.filter((r) => r.kind === 'pending' && r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => (r.kind === 'pending' ? r.purchaseId : r.kind)))).toEqual(new Set([rows[0]!.id]));
    expect(await purchaseRow(rows[0]!.id)).toMatchObject({ amount: '349000.00' });
    expect(await outboxRowsTo(buyer.email)).toHaveLength(1);
    expect((await notificationsOf(admin.id)).map((n) => n.title)).toEqual(['New order waiting for approval']);
  });

  it('with a purchase past its payment window: expire it once and open exactly one new one', async () => {
    const { buyer, workflow } = await shop();
    const stale = await createTestPurchase(buyer.id, workflow.id, { createdAt: HOURS_AGO(30) });

    const outcomes = await race(PARALLEL, () => buyWorkflow(buyer.id, workflow.id));

    expect(refusals(outcomes)).toEqual([]);
    const rows = await purchasesOf(buyer.id, workflow.id);
    const open = rows.filter((r) => r.status === 'PENDING');
    expect(open).toHaveLength(1);
    expect(rows).toHaveLength(2);
    expect(await purchaseRow(stale.id)).toMatchObject({ status: 'REJECT', rejectReason: 'expired' });
    expect(fulfilled(outcomes).every((r) => r.kind === 'pending' && r.purchaseId === open[0]!.id)).toBe(true);
    // The expiry happened once: one notice, one audit entry, one "closed" mail beside the new order's mail.
    expect((await notificationsOf(buyer.id)).map((n) => n.title)).toEqual(['Payment window expired']);
    expect((await auditOf(stale.id)).map((a) => a.action)).toEqual(['purchase.expire']);
    const subjects = (await outboxRowsTo(buyer.email)).map((m) => m.subject);
    expect(subjects).toHaveLength(2);
    expect(subjects).toEqual(
      expect.arrayContaining([
        `Your order for “${workflow.title}” was closed`,
        expect.stringContaining(`Your order for “${workflow.title}”: pay`),
      ]),
    );
  });
});
