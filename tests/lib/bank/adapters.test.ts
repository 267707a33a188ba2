import { describe, expect, it } from 'vitest';
import { fromCasso, fromSepay, fromUsitech } from '@/lib/bank/adapters';
import { parseBankDate } from '@/lib/bank/incoming-transfer';

describe('bank dates', () => {
  it('reads offset-less bank times as Vietnam time and keeps ISO offsets', () => {
    expect(parseBankDate('2024-12-23 07:00:00')?.toISOString()).toBe('2024-12-23T00:00:00.000Z');
    expect(parseBankDate('2026-11-25T10:00:00Z')?.toISOString()).toBe('2026-11-25T10:00:00.000Z');
    expect(parseBankDate('yesterday')).toBeNull();
  });
});

describe('webhook adapters', () => {
  it('maps our own format', () => {
    const r = fromUsitech({
      id: 'tx-1',
      accountNumber: '0000123456789',
      amount: 199000,
      content: 'USIABCDEFGH',
      transactionDate: '2026-11-25T10:00:00Z',
    });
    expect(r).toMatchObject({
      kind: 'transfer',
      transfer: { provider: 'usitech', providerTransactionId: 'tx-1', amount: '199000.00' },
    });
    expect(fromUsitech({ id: 'tx-1', amount: -5 }).kind).toBe('invalid');
  });

  it("maps SePay's documented body and ignores outgoing transfers", () => {
    // The example body of SePay's webhook documentation.
    const body = {
      id: 92704,
      gateway: 'Vietcombank',
      transactionDate: '2023-03-25 14:02:37',
      accountNumber: '0123499999',
      code: null,
      content: 'chuyen tien mua iphone',
      transferType: 'in',
      transferAmount: 2277000,
      accumulated: 19077000,
      subAccount: null,
      referenceCode: 'MBVCB.3278907687',
      description: '',
    };
    const r = fromSepay(body);
    expect(r).toMatchObject({
      kind: 'transfer',
      transfer: {
        provider: 'sepay',
        providerTransactionId: '92704',
        accountNumber: '0123499999',
        amount: '2277000.00',
        content: 'chuyen tien mua iphone',
      },
    });
    if (r.kind === 'transfer') expect(r.transfer.transactionDate.toISOString()).toBe('2023-03-25T07:02:37.000Z');
    expect(fromSepay({ ...body, transferType: 'out' }).kind).toBe('ignored');
    expect(fromSepay({ ...body, transactionDate: 'soon' }).kind).toBe('invalid');
  });

  it("maps Casso's v2 body", () => {
    const r = fromCasso({
      error: 0,
      data: {
        id: 218897,
        reference: 'FT24364030863634',
        description: 'USIABCDEFGH thanh toan',
        amount: 16775000,
        transactionDateTime: '2024-12-23 07:00:00',
        accountNumber: '123456789',
      },
    });
    expect(r).toMatchObject({
      kind: 'transfer',
      transfer: {
        provider: 'casso',
        providerTransactionId: '218897',
        amount: '16775000.00',
        content: 'USIABCDEFGH thanh toan',
      },
    });
    expect(
      fromCasso({ error: 0, data: { id: 1, amount: -100, transactionDateTime: '2024-12-23 07:00:00' } }).kind,
    ).toBe('ignored');
  });
});
