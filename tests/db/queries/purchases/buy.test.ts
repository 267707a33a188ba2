import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { buyWorkflow, getViewerPurchaseState } from '@/db/queries/purchases';
import { purchases, workflows } from '@/db/schema';
import { isTransferReference } from '@/lib/payments/reference';
import { createTestPurchase, createTestWorkflow } from '../../../helpers/factories';
import { HOURS_AGO, notificationsOf, purchaseRow, shop } from './helpers';

describe('buying a workflow', () => {
  it('creates a PENDING purchase at the price of that moment, with a typeable reference', async () => {
    const { buyer, workflow } = await shop('349000.00');
    const result = await buyWorkflow(buyer.id, workflow.id);
    expect(result).toMatchObject({ kind: 'pending', created: true });
    if (result.kind !== 'pending') throw new Error('unreachable');
    // The price changes later: the purchase keeps what the buyer was shown.
    await db.update(workflows).set({ price: '999000.00' }).where(eq(workflows.id, workflow.id));
    const row = await purchaseRow(result.purchaseId);
    expect(row).toMatchObject({
      userId: buyer.id,
      workflowId: workflow.id,
      status: 'PENDING',
      amount: '349000.00',
      paymentMethod: 'QR',
    });
    expect(isTransferReference(row.transferReference)).toBe(true);
  });

  it('takes a buyer with an open purchase back to it instead of opening another', async () => {
    const { buyer, workflow } = await shop();
    const first = await buyWorkflow(buyer.id, workflow.id);
    const second = await buyWorkflow(buyer.id, workflow.id);
    expect(second).toEqual({
      kind: 'pending',
      purchaseId: (first as { purchaseId: string }).purchaseId,
      created: false,
    });
    expect(await db.$count(purchases, eq(purchases.userId, buyer.id))).toBe(1);
    expect(await getViewerPurchaseState(buyer.id, workflow.id)).toEqual({
      kind: 'pending',
      purchaseId: (first as { purchaseId: string }).purchaseId,
    });
  });

  it('tells an owner they own it, also when the workflow has been retired since', async () => {
    const { buyer, workflow } = await shop();
    await createTestPurchase(buyer.id, workflow.id, { status: 'ACTIVE' });
    expect(await buyWorkflow(buyer.id, workflow.id)).toEqual({ kind: 'owned', slug: workflow.slug });
    await db.update(workflows).set({ status: 'expired' }).where(eq(workflows.id, workflow.id));
    expect(await buyWorkflow(buyer.id, workflow.id)).toEqual({ kind: 'owned', slug: workflow.slug });
    expect(await getViewerPurchaseState(buyer.id, workflow.id)).toEqual({ kind: 'owned' });
    expect(await db.$count(purchases, eq(purchases.userId, buyer.id))).toBe(1);
  });

  it('refuses an expired workflow and an unknown one', async () => {
    const { buyer } = await shop();
    const retired = await createTestWorkflow({ status: 'expired' });
    await expect(buyWorkflow(buyer.id, retired.id)).rejects.toMatchObject({
      code: 'conflict',
      message: 'This workflow is no longer available.',
    });
    await expect(buyWorkflow(buyer.id, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(buyWorkflow(buyer.id, 'not-a-uuid')).rejects.toMatchObject({ code: 'not_found' });
    expect(await db.$count(purchases, eq(purchases.userId, buyer.id))).toBe(0);
  });

  it('lets a buyer try again after a rejection', async () => {
    const { buyer, workflow } = await shop();
    const rejected = await createTestPurchase(buyer.id, workflow.id, { status: 'REJECT' });
    const again = await buyWorkflow(buyer.id, workflow.id);
    expect(again).toMatchObject({ kind: 'pending', created: true });
    expect((again as { purchaseId: string }).purchaseId).not.toBe(rejected.id);
  });

  it('expires a stale open purchase and opens a fresh one', async () => {
    const { buyer, workflow } = await shop();
    const stale = await createTestPurchase(buyer.id, workflow.id, { createdAt: HOURS_AGO(25) });
    const fresh = await buyWorkflow(buyer.id, workflow.id);
    expect(fresh).toMatchObject({ kind: 'pending', created: true });
    expect(await purchaseRow(stale.id)).toMatchObject({ status: 'REJECT', rejectReason: 'expired' });
    expect((await notificationsOf(buyer.id)).map((n) => n.title)).toEqual(['Payment window expired']);
  });

  it('retries with a new reference when the first one is already taken', async () => {
    const { buyer, other, workflow } = await shop();
    const taken = await createTestPurchase(other.id, workflow.id);
    const refs = [taken.transferReference, 'USIZZZZZZZZ'];
    const result = await buyWorkflow(buyer.id, workflow.id, { generateReference: () => refs.shift()! });
    expect(result).toMatchObject({ kind: 'pending', created: true });
    expect((await purchaseRow((result as { purchaseId: string }).purchaseId)).transferReference).toBe('USIZZZZZZZZ');
  });

  it('describes the viewer for the call to action', async () => {
    const { buyer, workflow } = await shop();
    expect(await getViewerPurchaseState(null, workflow.id)).toEqual({ kind: 'signed-out' });
    expect(await getViewerPurchaseState(buyer.id, workflow.id)).toEqual({ kind: 'none' });
    const stale = await createTestPurchase(buyer.id, workflow.id, { createdAt: HOURS_AGO(30) });
    expect(await getViewerPurchaseState(buyer.id, workflow.id)).toEqual({ kind: 'none' });
    expect((await purchaseRow(stale.id)).rejectReason).toBe('expired');
  });
});
