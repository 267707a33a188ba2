import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { approvePurchase, rejectPurchase } from '@/db/queries/purchases';
import { takeInvoiceNumbers } from '@/db/queries/purchases/invoice-counter';
import { notifications, users } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { formatInvoiceNumber, invoiceYear } from '@/lib/payments/invoice-number';
import { createTestPurchase, createTestUser } from '../../../helpers/factories';
import { auditOf, HOURS_AGO, invoicesOf, notificationsOf, purchaseRow, salesOf, shop } from './helpers';

describe('approvePurchase', () => {
  it('activates the purchase, issues the invoice, counts the sale, tells the buyer and audits it', async () => {
    const { buyer, admin, workflow } = await shop('349000.00');
    const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '349000.00' });
    const salesBefore = await salesOf(workflow.id);

    const result = await approvePurchase(admin.id, purchase.id);

    expect(result).toMatchObject({ purchaseId: purchase.id, status: 'ACTIVE' });
    expect(result.invoiceNumber).toMatch(new RegExp(`^INV-${invoiceYear(new Date())}-\\d{6}$`));
    const row = await purchaseRow(purchase.id);
    expect(row).toMatchObject({ status: 'ACTIVE', reviewedBy: admin.id, rejectReason: null });
    expect(row.reviewedAt).toBeInstanceOf(Date);

    const [invoice] = await invoicesOf(purchase.id);
    expect(invoice).toMatchObject({
      id: result.invoiceId,
      invoiceNumber: result.invoiceNumber,
      amount: '349000.00',
      currency: 'VND',
      buyerDetails: { name: 'Nguyễn Văn An', email: buyer.email },
      sellerDetails: { name: 'USITech Marketplace', bankName: 'Vietcombank', accountNumber: '0000123456789' },
    });
    expect(await salesOf(workflow.id)).toBe(salesBefore + 1);

    const notes = await notificationsOf(buyer.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      type: 'SUCCESS',
      title: 'Payment confirmed',
      link: `/account/library/${workflow.slug}`,
      read: false,
    });
    expect(notes[0]!.message).toContain(workflow.title);

    const audit = await auditOf(purchase.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: admin.id,
      actorKind: 'admin',
      action: 'purchase.approve',
      entityType: 'purchase',
      before: { status: 'PENDING', reviewedBy: null },
      after: { status: 'ACTIVE', reviewedBy: admin.id, invoiceNumber: result.invoiceNumber },
    });
  });

  it('numbers invoices from the sequence and freezes the buyer as they were', async () => {
    const { buyer, admin, workflow } = await shop();
    const other = await createTestUser();
    const p1 = await createTestPurchase(buyer.id, workflow.id);
    const p2 = await createTestPurchase(other.id, workflow.id);
    const a = await approvePurchase(admin.id, p1.id);
    const b = await approvePurchase(admin.id, p2.id);
    const seq = (n: string) => Number(n.split('-')[2]);
    expect(seq(b.invoiceNumber)).toBe(seq(a.invoiceNumber) + 1);
    await db.update(users).set({ name: 'Renamed Later' }).where(eq(users.id, buyer.id));
    expect((await invoicesOf(p1.id))[0]!.buyerDetails.name).toBe('Nguyễn Văn An');
  });

  it('records a matched bank transfer with the bank as the actor', async () => {
    const { buyer, workflow } = await shop();
    const purchase = await createTestPurchase(buyer.id, workflow.id);
    await approvePurchase(null, purchase.id, { actorKind: 'bank' });
    expect(await purchaseRow(purchase.id)).toMatchObject({ status: 'ACTIVE', reviewedBy: null });
    expect((await auditOf(purchase.id))[0]).toMatchObject({
      actorId: null,
      actorKind: 'bank',
      action: 'purchase.approve',
    });
  });

  it('runs inside a caller’s transaction, and a refusal leaves that transaction usable', async () => {
    const { buyer, admin, workflow } = await shop();
    const purchase = await createTestPurchase(buyer.id, workflow.id);
    await db.transaction(async (tx) => {
      await approvePurchase(null, purchase.id, { actorKind: 'bank', tx });
      await expect(approvePurchase(null, purchase.id, { actorKind: 'bank', tx })).rejects.toMatchObject({
        code: 'conflict',
      });
      await tx.insert(notifications).values({ userId: admin.id, type: 'WARNING', title: 'still usable', message: 'x' });
    });
    expect(await purchaseRow(purchase.id)).toMatchObject({ status: 'ACTIVE' });
    expect(await invoicesOf(purchase.id)).toHaveLength(1);
    expect((await notificationsOf(admin.id)).map((n) => n.title)).toEqual(['still usable']);
  });

  it('refuses every other transition with a clear conflict, and changes nothing', async () => {
    const { buyer, admin, workflow } = await shop();
    const paid = await createTestPurchase(buyer.id, workflow.id);
    await approvePurchase(admin.id, paid.id);
    await expect(approvePurchase(admin.id, paid.id)).rejects.toMatchObject({
      code: 'conflict',
      message: 'This purchase is already paid, so it cannot be approved.',
    });
    await expect(rejectPurchase(admin.id, paid.id, 'Changed my mind')).rejects.toMatchObject({
      code: 'conflict',
      message: 'This purchase is already paid, so it cannot be rejected.',
    });
    const rejected = await createTestPurchase(buyer.id, workflow.id, { status: 'REJECT' });
    await expect(approvePurchase(admin.id, rejected.id)).rejects.toMatchObject({
      code: 'conflict',
      message: 'This purchase can no longer be approved: it was rejected.',
    });
    expect(await invoicesOf(paid.id)).toHaveLength(1);
    expect(await invoicesOf(rejected.id)).toHaveLength(0);
    expect(await auditOf(paid.id)).toHaveLength(1);
    expect(await purchaseRow(rejected.id)).toMatchObject({ status: 'REJECT' });
  });

  it('expires a purchase whose payment window closed instead of approving it', async () => {
    const { buyer, admin, workflow } = await shop();
    const stale = await createTestPurchase(buyer.id, workflow.id, { createdAt: HOURS_AGO(24.5) });
    await expect(approvePurchase(admin.id, stale.id)).rejects.toMatchObject({
      code: 'conflict',
      message: 'This purchase can no longer be approved: its payment window expired.',
    });
    expect(await purchaseRow(stale.id)).toMatchObject({ status: 'REJECT', rejectReason: 'expired' });
    expect(await invoicesOf(stale.id)).toHaveLength(0);
    expect((await auditOf(stale.id)).map((a) => [a.action, a.actorKind])).toEqual([['purchase.expire', 'system']]);
  });

  it('refuses a non-admin reviewer, an unknown purchase and a non-uuid id', async () => {
    const { buyer, other, admin, workflow } = await shop();
    const purchase = await createTestPurchase(buyer.id, workflow.id);
    await expect(approvePurchase(other.id, purchase.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(rejectPurchase(buyer.id, purchase.id, 'no')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(approvePurchase(admin.id, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(approvePurchase(admin.id, 'x')).rejects.toBeInstanceOf(AppError);
    expect(await purchaseRow(purchase.id)).toMatchObject({ status: 'PENDING' });
  });

  it('takes no number for an approval that rolls back: the next invoice continues the series', async () => {
    const { buyer, other, admin, workflow } = await shop();
    const first = await createTestPurchase(buyer.id, workflow.id);
    const second = await createTestPurchase(other.id, workflow.id);
    const done = await approvePurchase(admin.id, first.id);
    const n = Number(done.invoiceNumber.split('-')[2]);
    // A server that dies mid-approval: the transaction took a number, then rolled back.
    await expect(
      db.transaction(async (tx) => {
        await takeInvoiceNumbers(tx, invoiceYear(new Date()));
        throw new Error('killed mid-approval');
      }),
    ).rejects.toThrow('killed mid-approval');
    const next = await approvePurchase(admin.id, second.id);
    expect(next.invoiceNumber).toBe(formatInvoiceNumber(invoiceYear(new Date()), n + 1));
  });
});

describe('rejectPurchase', () => {
  it('rejects with the reason, tells the buyer why and audits it', async () => {
    const { buyer, admin, workflow } = await shop();
    const purchase = await createTestPurchase(buyer.id, workflow.id);
    const result = await rejectPurchase(admin.id, purchase.id, '  The amount received was lower than the price.  ');
    expect(result).toEqual({
      purchaseId: purchase.id,
      status: 'REJECT',
      rejectReason: 'The amount received was lower than the price.',
    });
    expect(await purchaseRow(purchase.id)).toMatchObject({
      status: 'REJECT',
      reviewedBy: admin.id,
      rejectReason: 'The amount received was lower than the price.',
    });
    const [note] = await notificationsOf(buyer.id);
    expect(note).toMatchObject({ type: 'ERROR', title: 'Payment rejected', link: '/account/purchases' });
    expect(note!.message).toContain('The amount received was lower than the price.');
    expect((await auditOf(purchase.id))[0]).toMatchObject({
      actorId: admin.id,
      action: 'purchase.reject',
      before: { status: 'PENDING' },
      after: { status: 'REJECT', rejectReason: 'The amount received was lower than the price.' },
    });
    expect(await invoicesOf(purchase.id)).toHaveLength(0);
    await expect(rejectPurchase(admin.id, purchase.id, 'again')).rejects.toMatchObject({ code: 'conflict' });
  });

  it('needs a reason', async () => {
    const { buyer, admin, workflow } = await shop();
    const purchase = await createTestPurchase(buyer.id, workflow.id);
    await expect(rejectPurchase(admin.id, purchase.id, '   ')).rejects.toMatchObject({
      code: 'invalid',
      field: 'reason',
    });
    await expect(rejectPurchase(admin.id, purchase.id, 'x'.repeat(501))).rejects.toMatchObject({
      code: 'invalid',
      field: 'reason',
    });
    expect(await purchaseRow(purchase.id)).toMatchObject({ status: 'PENDING' });
  });
});
