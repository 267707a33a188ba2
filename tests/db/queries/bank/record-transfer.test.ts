import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { recordIncomingTransfer } from '@/db/queries/bank/record-transfer';
import { bankTransactions } from '@/db/schema';
import type { IncomingTransfer } from '@/lib/bank/incoming-transfer';
import { createTestPurchase } from '../../../helpers/factories';
import { auditOf, HOURS_AGO, invoicesOf, notificationsOf, purchaseRow, shop } from '../purchases/helpers';

let seq = 0;
function transfer(content: string, amount: string, overrides: Partial<IncomingTransfer> = {}): IncomingTransfer {
  return {
    provider: 'usitech',
    providerTransactionId: `tx-${Date.now()}-${seq++}`,
    accountNumber: '0000123456789',
    amount,
    content,
    transactionDate: new Date(),
    ...overrides,
  };
}

const bankRow = async (provider: string, id: string) =>
  (await db.select().from(bankTransactions).where(eq(bankTransactions.providerTransactionId, id))).filter(
    (r) => r.provider === provider,
  )[0];

describe('recording and matching an incoming transfer', () => {
  it('approves an exact payment of a pending purchase, as the bank', async () => {
    const { buyer, workflow } = await shop('349000.00');
    const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '349000.00' });
    const t = transfer(`MBVCB.8812.${purchase.transferReference.toLowerCase()}.CT tu NGUYEN VAN AN`, '349000.00');

    expect(await recordIncomingTransfer(t, { raw: true })).toEqual({
      outcome: 'matched',
      purchaseId: purchase.id,
      workflowId: workflow.id,
    });

    expect((await purchaseRow(purchase.id)).status).toBe('ACTIVE');
    expect(await invoicesOf(purchase.id)).toHaveLength(1);
    expect((await notificationsOf(buyer.id)).map((n) => n.type)).toEqual(['SUCCESS']);
    const audit = await auditOf(purchase.id);
    expect(audit.at(-1)).toMatchObject({ actorKind: 'bank', actorId: null });
    expect(await bankRow('usitech', t.providerTransactionId)).toMatchObject({
      status: 'MATCHED',
      purchaseId: purchase.id,
      raw: { raw: true },
    });
  });

  it('answers a repeated delivery as a duplicate and changes nothing', async () => {
    const { buyer, workflow } = await shop('100000.00');
    const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '100000.00' });
    const t = transfer(purchase.transferReference, '100000.00');
    await recordIncomingTransfer(t, {});
    expect(await recordIncomingTransfer(t, {})).toEqual({ outcome: 'duplicate' });
    expect(await invoicesOf(purchase.id)).toHaveLength(1);
    const rows = await db
      .select()
      .from(bankTransactions)
      .where(eq(bankTransactions.providerTransactionId, t.providerTransactionId));
    expect(rows).toHaveLength(1);
  });

  it.each([
    ['underpaid', '99999.00'],
    ['overpaid', '100001.00'],
  ])('keeps an %s transfer unmatched and the purchase pending', async (reason, amount) => {
    const { buyer, workflow } = await shop('100000.00');
    const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '100000.00' });
    const t = transfer(`thanh toan ${purchase.transferReference}`, amount);
    expect(await recordIncomingTransfer(t, {})).toEqual({ outcome: 'unmatched', reason, purchaseId: purchase.id });
    expect((await purchaseRow(purchase.id)).status).toBe('PENDING');
    expect(await bankRow('usitech', t.providerTransactionId)).toMatchObject({ status: 'UNMATCHED', reason });
  });

  it('keeps unknown references, missing references and other accounts unmatched', async () => {
    const { buyer, workflow } = await shop('100000.00');
    const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '100000.00' });
    expect(await recordIncomingTransfer(transfer('USIZZZZZZZZ', '100000.00'), {})).toMatchObject({
      reason: 'unknown_reference',
    });
    expect(await recordIncomingTransfer(transfer('chuyen tien mua iphone', '100000.00'), {})).toMatchObject({
      reason: 'no_reference',
    });
    expect(
      await recordIncomingTransfer(
        transfer(purchase.transferReference, '100000.00', { accountNumber: '999999999' }),
        {},
      ),
    ).toMatchObject({ reason: 'wrong_account' });
    expect((await purchaseRow(purchase.id)).status).toBe('PENDING');
  });

  it('keeps transfers for expired and already-paid purchases unmatched', async () => {
    const { buyer, other, workflow } = await shop('100000.00');
    const stale = await createTestPurchase(buyer.id, workflow.id, { amount: '100000.00', createdAt: HOURS_AGO(25) });
    expect(await recordIncomingTransfer(transfer(stale.transferReference, '100000.00'), {})).toMatchObject({
      reason: 'expired',
    });
    expect((await purchaseRow(stale.id)).status).not.toBe('ACTIVE');

    const paid = await createTestPurchase(other.id, workflow.id, { amount: '100000.00' });
    await recordIncomingTransfer(transfer(paid.transferReference, '100000.00'), {});
    expect(await recordIncomingTransfer(transfer(paid.transferReference, '100000.00'), {})).toMatchObject({
      outcome: 'unmatched',
      reason: 'already_paid',
    });
    expect(await invoicesOf(paid.id)).toHaveLength(1);
  });
});
