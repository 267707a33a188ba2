import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { bankTransactions } from '@/db/schema';
import { signUsitech } from '@/lib/bank/signatures';
import { createTestPurchase } from '../../../helpers/factories';
import { purchaseRow, shop } from '../purchases/helpers';

vi.hoisted(() => {
  process.env.PAYMENT_WEBHOOK_SECRET = 'whsec-test-0123456789';
  process.env.PAYMENT_SEPAY_API_KEY = 'sepay-key-0123456789';
});

const { POST: ours } = await import('@/app/api/payments/webhook/route');
const { POST: sepay } = await import('@/app/api/payments/webhook/sepay/route');

function signedRequest(body: object) {
  const raw = JSON.stringify(body);
  const timestamp = String(Math.floor(Date.now() / 1000));
  return new Request('http://localhost/api/payments/webhook', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-usitech-timestamp': timestamp,
      'x-usitech-signature': signUsitech('whsec-test-0123456789', timestamp, raw),
    },
    body: raw,
  });
}

const rowOf = async (provider: 'usitech' | 'sepay', id: string) =>
  (await db.select().from(bankTransactions).where(eq(bankTransactions.providerTransactionId, id))).find(
    (r) => r.provider === provider,
  );

// Finding 7: a signed notification whose content held a NUL was answered 500 and never recorded, so
// the bank would retry it forever. Now the bad characters are removed and the transfer is recorded.
describe('bank webhooks with bytes Postgres cannot store', () => {
  it('records and matches a signed transfer whose content holds a NUL and a broken character (2xx)', async () => {
    const { buyer, workflow } = await shop('199000.00');
    const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '199000.00' });
    const body = {
      id: 'nul-1',
      accountNumber: '0000123456789',
      amount: 199000,
      content: `IBFT ${purchase.transferReference}\u0000 CT tu NGUYEN\uD800 VAN AN`,
      transactionDate: new Date().toISOString(),
      [`note\u0000`]: ['x\u0000', '\uDC00'],
    };
    const res = await ours(signedRequest(body));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ result: 'matched' });
    const row = await rowOf('usitech', 'nul-1');
    expect(row).toMatchObject({
      status: 'MATCHED',
      purchaseId: purchase.id,
      content: `IBFT ${purchase.transferReference} CT tu NGUYEN\uFFFD VAN AN`,
    });
    expect(row!.raw).toMatchObject({ note: ['x', '\uFFFD'] });
    expect((await purchaseRow(purchase.id)).status).toBe('ACTIVE');

    // The bank retries: answered 2xx as a duplicate, nothing new.
    expect(await (await ours(signedRequest(body))).json()).toMatchObject({ result: 'duplicate' });
  });

  it('records a SePay notification whose text holds NUL', async () => {
    const body = {
      id: 9001,
      gateway: 'Vietcombank\u0000',
      transactionDate: '2026-11-25 10:00:00',
      accountNumber: '0000123456789',
      code: null,
      content: 'tien nha\u0000',
      transferType: 'in',
      transferAmount: 5000,
      accumulated: 0,
      subAccount: null,
      referenceCode: 'FT1',
      description: '\u0000',
    };
    const res = await sepay(
      new Request('http://localhost/api/payments/webhook/sepay', {
        method: 'POST',
        headers: { authorization: 'Apikey sepay-key-0123456789' },
        body: JSON.stringify(body),
      }),
    );
    expect(res.status).toBe(200);
    expect(await rowOf('sepay', '9001')).toMatchObject({ content: 'tien nha', status: 'UNMATCHED' });
  });
});
