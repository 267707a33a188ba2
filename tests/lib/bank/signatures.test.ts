import { describe, expect, it } from 'vitest';
import { signUsitech, sortKeysDeep, verifyCasso, verifySepay, verifyUsitech } from '@/lib/bank/signatures';

describe('our webhook signature (HMAC-SHA256 of `${timestamp}.${rawBody}`)', () => {
  const secret = 'test-secret';
  const rawBody = '{"id":"tx-1","amount":199000}';
  const now = new Date('2026-11-25T10:00:00Z');
  const ts = String(Math.floor(now.getTime() / 1000));

  it('accepts a valid signature', () => {
    const signature = signUsitech(secret, ts, rawBody);
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyUsitech({ secret, timestamp: ts, signature, rawBody, now })).toEqual({ ok: true });
    expect(verifyUsitech({ secret, timestamp: ts, signature: signature.toUpperCase(), rawBody, now }).ok).toBe(true);
  });

  it('refuses a changed body, a wrong secret, a missing header or a malformed signature', () => {
    const signature = signUsitech(secret, ts, rawBody);
    expect(verifyUsitech({ secret, timestamp: ts, signature, rawBody: rawBody.replace('199', '999'), now }).ok).toBe(
      false,
    );
    expect(verifyUsitech({ secret: 'other', timestamp: ts, signature, rawBody, now }).ok).toBe(false);
    expect(verifyUsitech({ secret, timestamp: null, signature, rawBody, now }).ok).toBe(false);
    expect(verifyUsitech({ secret, timestamp: ts, signature: 'zz', rawBody, now }).ok).toBe(false);
  });

  it('refuses a timestamp more than 5 minutes off either way', () => {
    for (const offset of [-301, 301]) {
      const t = String(Number(ts) + offset);
      const signature = signUsitech(secret, t, rawBody);
      expect(verifyUsitech({ secret, timestamp: t, signature, rawBody, now })).toEqual({
        ok: false,
        reason: 'stale timestamp',
      });
    }
    const t = String(Number(ts) - 299);
    expect(verifyUsitech({ secret, timestamp: t, signature: signUsitech(secret, t, rawBody), rawBody, now }).ok).toBe(
      true,
    );
  });
});

describe('Casso webhook v2 signature', () => {
  // Casso's published sample: github.com/CassoHQ/casso-webhook-v2-verify-signature, python.py (its
  // javascript.js sample carries a signature that matches none of its own data, so we use this one).
  const body = {
    error: 0,
    data: {
      id: 0,
      reference: 'MA_GIAO_DICH_THU_NGHIEM',
      description: 'giao dich thu nghiem',
      amount: 599000,
      runningBalance: 25000000,
      transactionDateTime: '2024-10-03 15:06:37',
      accountNumber: '88888888',
      bankName: 'VPBank',
      bankAbbreviation: 'VPB',
      virtualAccountNumber: '',
      virtualAccountName: '',
      counterAccountName: 'NGUYEN VAN A',
      counterAccountNumber: '8888888888',
      counterAccountBankId: '970415',
      counterAccountBankName: 'VietinBank',
    },
  };
  const checksumKey = 'mgExMrjj4i7a1p8Cs6LmFbpCd8lbw4sSX4LZXPag7TKazeIogtR90tvWYTkwQbvs';
  const header =
    't=1727948258788,v1=ed0a4bd2e826d5cb69988cdb141e6c1a080e21f3b57eb72cd78192220042b9e7dde0868fc667faea8e224900fa7904e7c88dfa098032fb2d6b6996856e8b7ff3';

  it("verifies Casso's published sample signature", () => {
    expect(verifyCasso({ checksumKey, header, body })).toEqual({ ok: true });
  });

  it('does not depend on the key order of the received JSON', () => {
    const reordered = { data: Object.fromEntries(Object.entries(body.data).reverse()), error: 0 };
    expect(verifyCasso({ checksumKey, header, body: reordered }).ok).toBe(true);
  });

  it('refuses a tampered amount, another key and a malformed header', () => {
    expect(verifyCasso({ checksumKey, header, body: { ...body, data: { ...body.data, amount: 1 } } }).ok).toBe(false);
    expect(verifyCasso({ checksumKey: 'x', header, body }).ok).toBe(false);
    expect(verifyCasso({ checksumKey, header: 'v1=abc', body }).ok).toBe(false);
    expect(verifyCasso({ checksumKey, header: null, body }).ok).toBe(false);
  });
});

describe('SePay API key', () => {
  it('accepts `Apikey <key>` and nothing else', () => {
    expect(verifySepay({ apiKey: 'k-123', header: 'Apikey k-123' }).ok).toBe(true);
    expect(verifySepay({ apiKey: 'k-123', header: 'apikey   k-123' }).ok).toBe(true);
    expect(verifySepay({ apiKey: 'k-123', header: 'Apikey k-124' }).ok).toBe(false);
    expect(verifySepay({ apiKey: 'k-123', header: 'Bearer k-123' }).ok).toBe(false);
    expect(verifySepay({ apiKey: 'k-123', header: null }).ok).toBe(false);
  });
});

describe('the sorted JSON Casso signs', () => {
  it('keeps a `__proto__` key of the posted JSON in the signed text, sorted like any other', () => {
    // It was assigned as the copy's prototype, so the signed text left it out: a signature over the body
    // without it then verified the body with it.
    const body = JSON.parse('{"b":1,"__proto__":{"z":[{"y":1,"x":2}]},"a":2}') as unknown;
    expect(JSON.stringify(sortKeysDeep(body))).toBe('{"__proto__":{"z":[{"x":2,"y":1}]},"a":2,"b":1}');
  });
});
