import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/bank/csv';
import {
  parseStatementAmount,
  parseStatementDate,
  statementMappingError,
  statementRowsToTransfers,
} from '@/lib/bank/statement';

describe('statement amounts', () => {
  it.each([
    ['199000', '199000.00'],
    ['199,000', '199000.00'],
    ['199.000', '199000.00'],
    ['1.234.567,50', '1234567.50'],
    ['1,234,567.50', '1234567.50'],
    ['199 000 VND', '199000.00'],
    ['12.5', '12.50'],
    ['149.000', '149000.00'],
    ['149,000', '149000.00'],
    ['149000', '149000.00'],
    ['1.250.000 ₫', '1250000.00'],
    ['1.250.000₫', '1250000.00'],
    ['1.250.000 đ', '1250000.00'],
    ['VND 1,250,000', '1250000.00'],
    ['+149.000', '149000.00'],
    ['1\u00A0250\u00A0000', '1250000.00'],
    ['1 250 000,50', '1250000.50'],
    ['149,00', '149.00'],
    [' 149.000 ', '149000.00'],
  ])('%s → %s', (input, expected) => expect(parseStatementAmount(input)).toBe(expected));

  it('refuses outgoing, empty and nonsense amounts', () => {
    for (const bad of ['-199000', '', 'abc', '0', '0.00', '-149.000']) expect(parseStatementAmount(bad)).toBeNull();
  });

  it('refuses what a wrong column or a shape that reads two ways would give', () => {
    for (const bad of [
      '27/11/2026 23:40', // the date column: once read as 271.120.262.340 ₫
      '27/11/2026',
      '2026-11-27',
      'FT263310001',
      'USIKAYW3TZF chuyen tien',
      '149.000.00',
      '149.000,000',
      '1,250.000',
      '1.2345',
      '14.90.00',
      '0.149',
      '1.25.000',
      '149 00',
      '149.000 USD',
      '(149.000)',
      '1e5',
      '9.999.999.999.999', // more than a transfer may carry
    ])
      expect(parseStatementAmount(bad), bad).toBeNull();
  });
});

describe('statement dates', () => {
  it('reads day-first dates in Vietnam time', () => {
    expect(parseStatementDate('25/11/2026 14:03')?.toISOString()).toBe('2026-11-25T07:03:00.000Z');
    expect(parseStatementDate('5/1/2026')?.toISOString()).toBe('2026-01-04T17:00:00.000Z');
    expect(parseStatementDate('2026-11-25 14:03:00')?.toISOString()).toBe('2026-11-25T07:03:00.000Z');
    expect(parseStatementDate('tomorrow')).toBeNull();
    expect(parseStatementDate('27/11/2026 23:40')?.toISOString()).toBe('2026-11-27T16:40:00.000Z');
    expect(parseStatementDate('27-11-2026 23:40:05')?.toISOString()).toBe('2026-11-27T16:40:05.000Z');
    expect(parseStatementDate('2026-11-27T16:40:00Z')?.toISOString()).toBe('2026-11-27T16:40:00.000Z');
  });

  it('refuses amounts, ids and days that do not exist instead of guessing', () => {
    for (const bad of [
      '149000',
      '149.000',
      '1',
      '2026',
      'FT263310001',
      '31/02/2026',
      '27/13/2026',
      '27/11/2026 24:10',
      '',
    ])
      expect(parseStatementDate(bad), bad).toBeNull();
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
    expect(result[2]).toMatchObject({ line: 4, ok: false, error: { problem: 'noTransactionId' } });
  });
});

describe('statement columns', () => {
  const rows = parseCsv(
    'Ngày GD,Số tiền,Nội dung,Mã GD\n27/11/2026 23:40,"149.000",USIKAYW3TZF chuyen tien,FT263310001\n',
  );

  it('reads the Vietnamese statement under its own columns', () => {
    const mapping = { date: 0, amount: 1, content: 2, transactionId: 3 };
    expect(statementMappingError(rows, mapping)).toBeNull();
    expect(statementRowsToTransfers(rows, mapping)[0]).toMatchObject({
      ok: true,
      transfer: { providerTransactionId: 'FT263310001', amount: '149000.00', content: 'USIKAYW3TZF chuyen tien' },
    });
  });

  it('refuses every picker on the first column (what the form posted after Preview)', () => {
    const first = { date: 0, amount: 0, content: 0, transactionId: 0 };
    expect(statementMappingError(rows, first)).toEqual({
      field: 'date',
      problem: 'columnTaken',
      takenBy: 'transactionId',
    });
    // Even read that way, no row gets through with the date as its amount.
    expect(statementRowsToTransfers(rows, first)[0]).toMatchObject({ ok: false });
  });

  it('refuses a column the file does not have, and a file without rows', () => {
    expect(statementMappingError(rows, { date: 0, amount: 1, content: 2, transactionId: 4 })).toMatchObject({
      field: 'transactionId',
    });
    expect(statementMappingError(rows.slice(0, 1), { date: 0, amount: 1, content: 2, transactionId: 3 })).toMatchObject(
      {
        field: 'csv',
      },
    );
  });
});
