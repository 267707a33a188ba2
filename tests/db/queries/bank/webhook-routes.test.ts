import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { bankTransactions } from '@/db/schema';
import { signCasso, signUsitech } from '@/lib/bank/signatures';
import { createTestPurchase } from '../../../helpers/factories';
import { invoicesOf, purchaseRow, shop } from '../purchases/helpers';

vi.hoisted(() => {
  process.env.PAYMENT_WEBHOOK_SECRET = 'whsec-test-0123456789';
  process.env.PAYMENT_SEPAY_API_KEY = 'sepay-key-0123456789';
  process.env.PAYMENT_CASSO_CHECKSUM_KEY = 'casso-key-0123456789';
});

const { POST: ours } = await import('@/app/api/payments/webhook/route');
const { POST: sepay } = await import('@/app/api/payments/webhook/sepay/route');
const { POST: casso } = await import('@/app/api/payments/webhook/casso/route');

const SECRET = 'whsec-test-0123456789';
const nowSeconds = () => String(Math.floor(Date.now() / 1000));

function signedRequest(body: object, opts: { timestamp?: string; secret?: string; signature?: string } = {}) {
  const raw = JSON.stringify(body);
  const timestamp = opts.timestamp ?? nowSeconds();
  const signature = opts.signature ?? signUsitech(opts.secret ?? SECRET, timestamp, raw);
  return new Request('http://localhost/api/payments/webhook', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-usitech-timestamp': timestamp, 'x-usitech-signature': signature },
    body: raw,
  });
}

const countRows = async () => (await db.select({ id: bankTransactions.id }).from(bankTransactions)).length;

describe('POST /api/payments/webhook (our signed format)', () => {
  it('approves an exact payment with a valid signature', async () => {
    const { buyer, workflow } = await shop('199000.00');
    const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '199000.00' });
    const body = {
      id: 'ours-1',
      accountNumber: '0000123456789',
      amount: 199000,
      content: `IBFT ${purchase.transferReference}`,
      transactionDate: new Date().toISOString(),
    };
    const res = await ours(signedRequest(body));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ result: 'matched' });
    expect((await purchaseRow(purchase.id)).status).toBe('ACTIVE');

    const replay = await ours(signedRequest(body));
    expect(replay.status).toBe(200);
    expect(await replay.json()).toMatchObject({ result: 'duplicate' });
    expect(await invoicesOf(purchase.id)).toHaveLength(1);
  });

  it('answers 401 and writes nothing for a bad, missing or stale signature', async () => {
    const before = await countRows();
    const body = {
      id: 'ours-2',
      accountNumber: '0000123456789',
      amount: 1000,
      content: 'x',
      transactionDate: new Date().toISOString(),
    };
    expect((await ours(signedRequest(body, { secret: 'wrong' }))).status).toBe(401);
    expect((await ours(signedRequest(body, { signature: '' }))).status).toBe(401);
    const stale = String(Number(nowSeconds()) - 301);
    expect((await ours(signedRequest(body, { timestamp: stale }))).status).toBe(401);
    const tampered = signedRequest(body);
    const forged = new Request(tampered.url, {
      method: 'POST',
      headers: tampered.headers,
      body: JSON.stringify({ ...body, amount: 999999 }),
    });
    expect((await ours(forged)).status).toBe(401);
    expect(await countRows()).toBe(before);
  });

  it('answers 400 for a signed but invalid body', async () => {
    expect((await ours(signedRequest({ id: 'ours-3', amount: 'lots' }))).status).toBe(400);
  });
});

describe('POST /api/payments/webhook/sepay', () => {
  const body = (content: string, amount: number, id: number) => ({
    id,
    gateway: 'Vietcombank',
    transactionDate: '2026-11-25 10:00:00',
    accountNumber: '0000123456789',
    code: null,
    content,
    transferType: 'in',
    transferAmount: amount,
    accumulated: 0,
    subAccount: null,
    referenceCode: 'FT1',
    description: '',
  });
  const req = (b: object, auth = 'Apikey sepay-key-0123456789') =>
    new Request('http://localhost/api/payments/webhook/sepay', {
      method: 'POST',
      headers: { authorization: auth },
      body: JSON.stringify(b),
    });

  it('accepts the API key, answers {"success": true} and approves', async () => {
    const { buyer, workflow } = await shop('150000.00');
    const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '150000.00' });
    const res = await sepay(req(body(purchase.transferReference, 150000, 1001)));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ success: true, result: 'matched' });
    expect((await purchaseRow(purchase.id)).status).toBe('ACTIVE');
  });

  it('refuses a wrong key with 401 and ignores outgoing transfers', async () => {
    const before = await countRows();
    expect((await sepay(req(body('x', 1, 1002), 'Apikey nope'))).status).toBe(401);
    const out = await sepay(req({ ...body('x', 1, 1003), transferType: 'out' }));
    expect(await out.json()).toMatchObject({ success: true, result: 'ignored' });
    expect(await countRows()).toBe(before);
  });
});

describe('POST /api/payments/webhook/casso', () => {
  it('checks X-Casso-Signature and records the transfer', async () => {
    const b = {
      error: 0,
      data: {
        id: 5001,
        reference: 'FT9',
        description: 'no reference here',
        amount: 5000,
        transactionDateTime: '2026-11-25 10:00:00',
        accountNumber: '0000123456789',
      },
    };
    const t = String(Date.now());
    const good = new Request('http://localhost/api/payments/webhook/casso', {
      method: 'POST',
      headers: { 'x-casso-signature': `t=${t},v1=${signCasso('casso-key-0123456789', t, b)}` },
      body: JSON.stringify(b),
    });
    const res = await casso(good);
    expect(await res.json()).toMatchObject({ success: true, result: 'unmatched', reason: 'no_reference' });
    const [row] = await db.select().from(bankTransactions).where(eq(bankTransactions.providerTransactionId, '5001'));
    expect(row).toMatchObject({ provider: 'casso', amount: '5000.00', status: 'UNMATCHED' });

    const bad = new Request('http://localhost/api/payments/webhook/casso', {
      method: 'POST',
      headers: { 'x-casso-signature': `t=${t},v1=${'0'.repeat(128)}` },
      body: JSON.stringify(b),
    });
    expect((await casso(bad)).status).toBe(401);
  });
});

describe('an endpoint without its secret', () => {
  it('is off: 404 and nothing written', async () => {
    const { receiveBankWebhook } = await import('@/server/bank/receive');
    const before = await countRows();
    const res = await receiveBankWebhook(new Request('http://localhost/x', { method: 'POST', body: '{}' }), {
      secret: undefined,
      verify: () => ({ ok: true }),
      adapt: () => ({ kind: 'ignored', reason: 'n/a' }),
      onSale: () => undefined,
    });
    expect(res.status).toBe(404);
    expect(await countRows()).toBe(before);
  });
});
