import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/bank/csv';
import { parseStatementAmount, parseStatementDate, statementRowsToTransfers } from '@/lib/bank/statement';

describe('statement amounts', () => {
  it.each([
    ['199000', '199000.00'],
    ['199,000', '199000.00'],
    ['199.000', '199000.00'],
    ['1.234.567,50', '1234567.50'],
    ['1,234,567.50', '1234567.50'],
    ['199 000 VND', '199000.00'],
    ['12.5', '12.50'],
  ])('%s → %s', (input, expected) => expect(parseStatementAmount(input)).toBe(expected));

  it('refuses outgoing, empty and nonsense amounts', () => {
    for (const bad of ['-199000', '', 'abc', '0']) expect(parseStatementAmount(bad)).toBeNull();
  });
});

describe('statement dates', () => {
  it('reads day-first dates in Vietnam time', () => {
    expect(parseStatementDate('25/11/2026 14:03')?.toISOString()).toBe('2026-11-25T07:03:00.000Z');
    expect(parseStatementDate('5/1/2026')?.toISOString()).toBe('2026-01-04T17:00:00.000Z');
    expect(parseStatementDate('2026-11-25 14:03:00')?.toISOString()).toBe('2026-11-25T07:03:00.000Z');
    expect(parseStatementDate('tomorrow')).toBeNull();
  });
});

describe('statement rows', () => {
  it('maps the chosen columns and explains bad rows by line', () => {
    const rows = parseCsv(
      'Mã GD,Ngày,Số tiền,Nội dung\nFT1,25/11/2026,"199,000",USIABCDEFGH Nguyễn Văn An\nFT2,25/11/2026,-5,refund\n,25/11/2026,100,x\n',
    );
    const result = statementRowsToTransfers(rows, { transactionId: 0, date: 1, amount: 2, content: 3 });
    expect(result[0]).toMatchObject({
      line: 2,
      ok: true,
      transfer: {
        provider: 'csv',
        providerTransactionId: 'FT1',
        amount: '199000.00',
        content: 'USIABCDEFGH Nguyễn Văn An',
      },
    });
    expect(result[1]).toMatchObject({ line: 3, ok: false });
    expect(result[2]).toMatchObject({ line: 4, ok: false, error: 'no transaction id' });
  });
});
