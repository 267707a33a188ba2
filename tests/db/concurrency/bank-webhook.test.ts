import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { recordIncomingTransfer } from '@/db/queries/bank/record-transfer';
import { auditLog, bankTransactions } from '@/db/schema';
import { signUsitech } from '@/lib/bank/signatures';
import { createTestPurchase } from '../../helpers/factories';
import { testDriver } from '../../helpers/db';
import { outboxRowsTo } from '../../helpers/mail';
import { auditOf, invoicesOf, notificationsOf, purchaseRow, salesOf, shop } from '../queries/purchases/helpers';
import { fulfilled, PARALLEL, race, refusals } from './helpers';

const SECRET = vi.hoisted(() => {
  process.env.PAYMENT_WEBHOOK_SECRET = 'whsec-concurrency-0123456789';
  return process.env.PAYMENT_WEBHOOK_SECRET;
});
// The route handler expires cached pages after a sale: outside a Next server those calls only record.
vi.mock('next/cache', () => ({ updateTag: vi.fn(), revalidateTag: vi.fn(), refresh: vi.fn() }));
const { POST: webhook } = await import('@/app/api/payments/webhook/route');

/** One signed delivery of the bank's notification, byte for byte what a retrying bank sends again. */
function delivery(raw: string, timestamp: string): Request {
  return new Request('http://localhost/api/payments/webhook', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-usitech-timestamp': timestamp,
      'x-usitech-signature': signUsitech(SECRET, timestamp, raw),
    },
    body: raw,
  });
}

describe.runIf(testDriver() === 'postgres')('bank webhooks at the same moment (Postgres)', () => {
  it('the same notification delivered 50 times at once: one bank row, approved once, 200 to every delivery', async () => {
    const { buyer, workflow } = await shop('250000.00');
    const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '250000.00' });
    const salesBefore = await salesOf(workflow.id);
    const raw = JSON.stringify({
      id: `FT-burst-${purchase.id}`,
      accountNumber: '0000123456789',
      amount: 250000,
      content: `IBFT ${purchase.transferReference} thanh toan`,
      transactionDate: new Date().toISOString(),
    });
    const timestamp = String(Math.floor(Date.now() / 1000));

    const outcomes = await race(PARALLEL, async () => {
      const res = await webhook(delivery(raw, timestamp));
      return { status: res.status, body: (await res.json()) as { result?: string } };
    });

    expect(refusals(outcomes)).toEqual([]);
    const answers = fulfilled(outcomes);
    expect(answers.map((a) => a.status)).toEqual(Array.from({ length: PARALLEL }, () => 200));
    expect(answers.filter((a) => a.body.result === 'matched')).toHaveLength(1);
    expect(answers.filter((a) => a.body.result === 'duplicate')).toHaveLength(PARALLEL - 1);

    const recorded = await db
      .select()
      .from(bankTransactions)
      .where(eq(bankTransactions.providerTransactionId, `FT-burst-${purchase.id}`));
    expect(recorded).toEqual([expect.objectContaining({ status: 'MATCHED', purchaseId: purchase.id })]);
    expect(await purchaseRow(purchase.id)).toMatchObject({ status: 'ACTIVE', reviewedBy: null });
    const issued = await invoicesOf(purchase.id);
    expect(issued).toHaveLength(1);
    expect((await notificationsOf(buyer.id)).map((n) => n.type)).toEqual(['SUCCESS']);
    expect((await outboxRowsTo(buyer.email)).map((m) => m.subject)).toEqual([
      `Payment received: “${workflow.title}” (invoice ${issued[0]!.invoiceNumber})`,
    ]);
    expect((await auditOf(purchase.id)).map((a) => [a.action, a.actorKind])).toEqual([['purchase.approve', 'bank']]);
    expect(await salesOf(workflow.id)).toBe(salesBefore + 1);
  });

  it('50 different transfers naming one purchase: approved once, the other 49 kept as already paid', async () => {
    const { buyer, workflow } = await shop('250000.00');
    const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '250000.00' });

    const outcomes = await race(PARALLEL, (i) =>
      recordIncomingTransfer(
        {
          provider: 'usitech',
          providerTransactionId: `FT-each-${purchase.id}-${i}`,
          accountNumber: '0000123456789',
          amount: '250000.00',
          content: purchase.transferReference,
          transactionDate: new Date(),
        },
        {},
      ),
    );

    expect(refusals(outcomes)).toEqual([]);
    const results = fulfilled(outcomes);
    expect(results.filter((o) => o.outcome === 'matched')).toHaveLength(1);
    expect(results.filter((o) => o.outcome === 'unmatched' && o.reason === 'already_paid')).toHaveLength(PARALLEL - 1);
    const rows = await db
      .select({ status: bankTransactions.status })
      .from(bankTransactions)
      .where(eq(bankTransactions.purchaseId, purchase.id));
    expect(rows.filter((r) => r.status === 'MATCHED')).toHaveLength(1);
    expect(rows.filter((r) => r.status === 'UNMATCHED')).toHaveLength(PARALLEL - 1);
    expect(await invoicesOf(purchase.id)).toHaveLength(1);
    expect(await notificationsOf(buyer.id)).toHaveLength(1);
    expect(await db.$count(auditLog, eq(auditLog.entityId, purchase.id))).toBe(1);
  });
});
