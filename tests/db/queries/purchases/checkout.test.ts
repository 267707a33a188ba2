import { describe, expect, it } from 'vitest';
import {
  cancelPurchase,
  getCheckout,
  getPurchaseStatus,
  listMyPurchases,
  expireStalePurchases,
} from '@/db/queries/purchases';
import { approvePurchase } from '@/db/queries/purchases';
import { createTestPurchase, createTestWorkflow } from '../../../helpers/factories';
import { auditOf, HOURS_AGO, notificationsOf, purchaseRow, shop } from './helpers';

describe('the checkout read', () => {
  it('shows the buyer their purchase with the deadline to pay', async () => {
    const { buyer, workflow } = await shop('349000.00');
    const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '349000.00', createdAt: HOURS_AGO(2) });
    const view = await getCheckout(buyer.id, purchase.id);
    expect(view).toMatchObject({
      id: purchase.id,
      status: 'PENDING',
      amount: '349000.00',
      transferReference: purchase.transferReference,
      invoiceId: null,
      workflow: { id: workflow.id, slug: workflow.slug, title: workflow.title, titleVi: null },
    });
    expect(view!.payBy.getTime() - view!.createdAt.getTime()).toBe(24 * 3_600_000);
  });

  it('is not found for anybody else, an unknown id or a malformed one', async () => {
    const { buyer, other, admin, workflow } = await shop();
    const purchase = await createTestPurchase(buyer.id, workflow.id);
    expect(await getCheckout(other.id, purchase.id)).toBeNull();
    expect(await getCheckout(admin.id, purchase.id)).toBeNull();
    expect(await getPurchaseStatus(other.id, purchase.id)).toBeNull();
    expect(await getCheckout(buyer.id, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await getCheckout(buyer.id, "1' or '1'='1")).toBeNull();
  });

  it('follows the status the buyer polls for: Pending, then Paid with the invoice', async () => {
    const { buyer, admin, workflow } = await shop();
    const purchase = await createTestPurchase(buyer.id, workflow.id);
    expect(await getPurchaseStatus(buyer.id, purchase.id)).toEqual({ status: 'PENDING', rejectReason: null });
    const { invoiceId } = await approvePurchase(admin.id, purchase.id);
    expect(await getPurchaseStatus(buyer.id, purchase.id)).toEqual({ status: 'ACTIVE', rejectReason: null });
    expect((await getCheckout(buyer.id, purchase.id))!.invoiceId).toBe(invoiceId);
  });
});

describe('expiry', () => {
  it('rejects a PENDING purchase past PAYMENT_TTL_HOURS with the reason "expired" when it is next read', async () => {
    const { buyer, workflow } = await shop();
    const stale = await createTestPurchase(buyer.id, workflow.id, { createdAt: HOURS_AGO(24.1) });
    const view = await getCheckout(buyer.id, stale.id);
    expect(view).toMatchObject({ status: 'REJECT', rejectReason: 'expired' });
    const [note] = await notificationsOf(buyer.id);
    expect(note).toMatchObject({ type: 'ERROR', title: 'Payment window expired', link: '/account/purchases' });
    expect(note!.message).toContain(stale.transferReference);
    expect(await auditOf(stale.id)).toMatchObject([
      {
        actorId: null,
        actorKind: 'system',
        action: 'purchase.expire',
        before: { status: 'PENDING' },
        after: { status: 'REJECT', rejectReason: 'expired' },
      },
    ]);
    // Reading again changes nothing more.
    await getCheckout(buyer.id, stale.id);
    expect(await notificationsOf(buyer.id)).toHaveLength(1);
  });

  it('leaves purchases inside the window alone', async () => {
    const { buyer, workflow } = await shop();
    const recent = await createTestPurchase(buyer.id, workflow.id, { createdAt: HOURS_AGO(23.9) });
    expect(await getCheckout(buyer.id, recent.id)).toMatchObject({ status: 'PENDING' });
  });

  it('is swept for the whole shop, once per purchase', async () => {
    const { buyer, other, workflow } = await shop();
    const w2 = await createTestWorkflow();
    const a = await createTestPurchase(buyer.id, workflow.id, { createdAt: HOURS_AGO(48) });
    const b = await createTestPurchase(other.id, w2.id, { createdAt: HOURS_AGO(25) });
    const fresh = await createTestPurchase(other.id, workflow.id, { createdAt: HOURS_AGO(1) });
    const swept = await expireStalePurchases();
    expect(swept).toBeGreaterThanOrEqual(2);
    expect(await purchaseRow(a.id)).toMatchObject({ status: 'REJECT', rejectReason: 'expired' });
    expect(await purchaseRow(b.id)).toMatchObject({ status: 'REJECT', rejectReason: 'expired' });
    expect(await purchaseRow(fresh.id)).toMatchObject({ status: 'PENDING' });
    expect(await expireStalePurchases()).toBe(0);
    expect(await auditOf(a.id)).toHaveLength(1);
  });
});

describe('cancelling', () => {
  it('lets the buyer cancel a PENDING purchase, once', async () => {
    const { buyer, workflow } = await shop();
    const purchase = await createTestPurchase(buyer.id, workflow.id);
    await cancelPurchase(buyer.id, purchase.id);
    expect(await purchaseRow(purchase.id)).toMatchObject({
      status: 'REJECT',
      rejectReason: 'cancelled',
      reviewedBy: null,
    });
    expect(await auditOf(purchase.id)).toMatchObject([
      { actorId: buyer.id, actorKind: 'user', action: 'purchase.cancel' },
    ]);
    await expect(cancelPurchase(buyer.id, purchase.id)).rejects.toMatchObject({
      code: 'conflict',
      message: 'This purchase can no longer be cancelled: it was cancelled.',
    });
  });

  it('refuses another user (as not found) and a paid purchase', async () => {
    const { buyer, other, admin, workflow } = await shop();
    const purchase = await createTestPurchase(buyer.id, workflow.id);
    await expect(cancelPurchase(other.id, purchase.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(cancelPurchase(admin.id, purchase.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(await purchaseRow(purchase.id)).toMatchObject({ status: 'PENDING' });
    await approvePurchase(admin.id, purchase.id);
    await expect(cancelPurchase(buyer.id, purchase.id)).rejects.toMatchObject({
      code: 'conflict',
      message: 'This purchase is already paid, so it cannot be cancelled.',
    });
  });
});

describe('my purchases', () => {
  it('lists only my purchases, newest first, with status, reason and invoice, expiring stale ones', async () => {
    const { buyer, other, admin, workflow } = await shop();
    const w2 = await createTestWorkflow();
    const w3 = await createTestWorkflow();
    const paid = await createTestPurchase(buyer.id, workflow.id, { createdAt: HOURS_AGO(3) });
    const { invoiceId } = await approvePurchase(admin.id, paid.id);
    const stale = await createTestPurchase(buyer.id, w2.id, { createdAt: HOURS_AGO(30) });
    const open = await createTestPurchase(buyer.id, w3.id, { createdAt: HOURS_AGO(1) });
    await createTestPurchase(other.id, w2.id);

    const list = await listMyPurchases(buyer.id);
    expect(list.map((p) => [p.id, p.status, p.rejectReason, p.invoiceId])).toEqual([
      [open.id, 'PENDING', null, null],
      [paid.id, 'ACTIVE', null, invoiceId],
      [stale.id, 'REJECT', 'expired', null],
    ]);
    expect(list[0]!.workflow).toEqual({ id: w3.id, slug: w3.slug, title: w3.title, titleVi: null });
  });
});
