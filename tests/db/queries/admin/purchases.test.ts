import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { approvePurchases, getAdminPurchase, listPurchaseQueue, rejectPurchases } from '@/db/queries/admin/purchases';
import { listAuditEntries } from '@/db/queries/admin/audit';
import { approvePurchase, rejectPurchase } from '@/db/queries/purchases';
import { bankTransactions, invoices, purchases } from '@/db/schema';
import { inEnglish } from '@/lib/errors';
import { createTestPurchase, createTestUser, createTestWorkflow } from '../../../helpers/factories';

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

async function queueFixture() {
  const admin = await createTestUser({ role: 'ADMIN', name: 'Lan Admin' });
  const buyer = await createTestUser({
    email: `queue-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.test`,
  });
  const [w1, w2, w3] = await Promise.all([
    createTestWorkflow({ title: 'Invoice reminders' }),
    createTestWorkflow({ title: 'Lead router' }),
    createTestWorkflow({ title: 'Stale one' }),
  ]);
  const newer = await createTestPurchase(buyer.id, w1.id, { createdAt: minutesAgo(5) });
  const older = await createTestPurchase(buyer.id, w2.id, { createdAt: minutesAgo(90) });
  const stale = await createTestPurchase(buyer.id, w3.id, { createdAt: minutesAgo(25 * 60) });
  return { admin, buyer, newer, older, stale };
}

describe('admin purchases queue', () => {
  it('lists pending purchases oldest first, closes expired ones, and searches reference, email and workflow', async () => {
    const { admin, buyer, newer, older, stale } = await queueFixture();
    const queue = await listPurchaseQueue(admin.id, { status: 'PENDING', q: buyer.email, page: 1 });
    expect(queue.rows.map((r) => r.id)).toEqual([older.id, newer.id]);
    expect(queue.rows[0]).toMatchObject({
      buyerEmail: buyer.email,
      workflowTitle: 'Lead router',
      transferReference: older.transferReference,
    });
    const [closed] = await db.select().from(purchases).where(eq(purchases.id, stale.id));
    expect(closed).toMatchObject({ status: 'REJECT', rejectReason: 'expired' });

    const byRef = await listPurchaseQueue(admin.id, {
      status: 'all',
      q: newer.transferReference.toLowerCase(),
      page: 1,
    });
    expect(byRef.rows.map((r) => r.id)).toEqual([newer.id]);
    const byWorkflow = await listPurchaseQueue(admin.id, { status: 'PENDING', q: 'lead rout', page: 1 });
    expect(byWorkflow.rows.map((r) => r.id)).toContain(older.id);
  });

  it('approves several at once, reports the ones already decided, and shows each decision in the history', async () => {
    const { admin, newer, older } = await queueFixture();
    await rejectPurchase(admin.id, older.id, 'The amount received was too low.');
    const result = await approvePurchases(admin.id, [newer.id, older.id, newer.id]);
    expect(result.done.map((a) => a.id)).toEqual([newer.id]);
    expect(result.refused).toEqual([
      {
        id: older.id,
        reference: older.transferReference,
        // A key and values, translated on the admin's page (actions/admin/purchases.ts).
        refusal: { key: 'purchaseClosed', values: { verb: 'approve', why: 'rejected' } },
      },
    ]);
    expect(inEnglish(result.refused[0]!.refusal)).toBe('This purchase can no longer be approved: it was rejected.');

    const detail = await getAdminPurchase(admin.id, newer.id);
    expect(detail).toMatchObject({
      status: 'ACTIVE',
      reviewerName: 'Lan Admin',
      invoiceNumber: result.done[0]!.invoiceNumber,
    });
    const history = await listAuditEntries(admin.id, 'purchase', older.id);
    expect(history).toEqual([
      expect.objectContaining({
        action: 'purchase.reject',
        actorName: 'Lan Admin',
        after: expect.objectContaining({ rejectReason: 'The amount received was too low.' }),
      }),
    ]);
  });

  it('refuses a shopper everywhere', async () => {
    const { buyer, newer } = await queueFixture();
    await expect(listPurchaseQueue(buyer.id, { status: 'PENDING', q: '', page: 1 })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(getAdminPurchase(buyer.id, newer.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(approvePurchases(buyer.id, [newer.id])).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listAuditEntries(buyer.id, 'purchase', newer.id)).rejects.toMatchObject({ code: 'forbidden' });
    const [row] = await db.select().from(purchases).where(eq(purchases.id, newer.id));
    expect(row?.status).toBe('PENDING');
  });

  describe.runIf(process.env.TEST_DRIVER === 'postgres')('two admins at the same moment', () => {
    it('approve overlapping selections: every purchase once, one invoice each, a clear refusal for the rest', async () => {
      const { admin, newer, older } = await queueFixture();
      const other = await createTestUser({ role: 'ADMIN' });
      const [a, b] = await Promise.all([
        approvePurchases(admin.id, [newer.id, older.id]),
        approvePurchases(other.id, [older.id, newer.id]),
      ]);
      expect(a.done.length + b.done.length).toBe(2);
      // The refusal is a key and values, translated on the admin's page; in English it reads as before.
      expect([...a.refused, ...b.refused].map((r) => inEnglish(r.refusal))).toEqual([
        'This purchase is already paid, so it cannot be approved.',
        'This purchase is already paid, so it cannot be approved.',
      ]);
      const issued = await db
        .select()
        .from(invoices)
        .where(inArray(invoices.purchaseId, [newer.id, older.id]));
      expect(issued).toHaveLength(2);
    });

    it('a double click approves once', async () => {
      const { admin, newer } = await queueFixture();
      const results = await Promise.allSettled([
        approvePurchase(admin.id, newer.id),
        approvePurchase(admin.id, newer.id),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect(await db.select().from(invoices).where(eq(invoices.purchaseId, newer.id))).toHaveLength(1);
    });
  });

  it('rejects several with one reason; a purchase settled meanwhile is reported, not fatal', async () => {
    const { admin, newer, older } = await queueFixture();
    await approvePurchase(admin.id, older.id);
    const result = await rejectPurchases(admin.id, [newer.id, older.id], 'No transfer arrived within the day.');
    expect(result.done.map((d) => d.id)).toEqual([newer.id]);
    expect(result.refused).toEqual([
      {
        id: older.id,
        reference: older.transferReference,
        refusal: { key: 'purchaseAlreadyPaid', values: { verb: 'reject' } },
      },
    ]);
    expect(inEnglish(result.refused[0]!.refusal)).toContain('already paid');
    const rows = await db
      .select({ id: purchases.id, status: purchases.status, rejectReason: purchases.rejectReason })
      .from(purchases)
      .where(inArray(purchases.id, [newer.id, older.id]));
    expect(rows.find((r) => r.id === newer.id)).toMatchObject({
      status: 'REJECT',
      rejectReason: 'No transfer arrived within the day.',
    });
    expect(rows.find((r) => r.id === older.id)).toMatchObject({ status: 'ACTIVE' });
    // An admin's reason may not pose as the buyer's own cancellation.
    const { stale } = await queueFixture();
    await expect(rejectPurchase(admin.id, stale.id, ' Cancelled ')).rejects.toMatchObject({
      code: 'invalid',
      message: 'Write the buyer a sentence saying why.',
    });
  });

  it('shows the amount of a wrong-amount transfer that named the purchase', async () => {
    const { admin, buyer, newer, older } = await queueFixture();
    await db.insert(bankTransactions).values({
      provider: 'test',
      providerTransactionId: `FT-${newer.id}`,
      amount: '1000.00',
      content: newer.transferReference,
      transactionDate: new Date(),
      status: 'UNMATCHED',
      reason: 'underpaid',
      purchaseId: newer.id,
      raw: {},
    });
    const queue = await listPurchaseQueue(admin.id, { status: 'PENDING', q: buyer.email, page: 1 });
    expect(queue.rows.find((r) => r.id === newer.id)?.wrongTransfer).toBe('1000.00');
    expect(queue.rows.find((r) => r.id === older.id)?.wrongTransfer).toBeNull();
  });
});
