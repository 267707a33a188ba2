import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/bank/csv';
import { findTransferReferences } from '@/lib/payments/reference';

describe('finding a transfer reference in a bank’s transfer content', () => {
  it('finds it whatever the bank adds around it, in any case', () => {
    expect(findTransferReferences('USIABCDEFGH')).toEqual(['USIABCDEFGH']);
    expect(findTransferReferences('MBVCB.3278907687.usiabcdefgh.CT tu 0123 NGUYEN VAN A')).toEqual(['USIABCDEFGH']);
    expect(findTransferReferences('IBFT USI ABCD-EFGH chuyen khoan')).toContain('USIABCDEFGH');
  });

  it('finds nothing in content without a reference, or with forbidden characters', () => {
    expect(findTransferReferences('chuyen tien mua iphone')).toEqual([]);
    expect(findTransferReferences('USIABCDEF0H')).toEqual([]);
  });
});

describe('bank statement CSV', () => {
  it('reads quoted commas, doubled quotes, newlines, Vietnamese text, CRLF and a BOM', () => {
    const csv =
      '\uFEFFNgày,Số tiền,Nội dung,Mã GD\r\n"25/11/2026","199,000","Thanh toán ""USIABCDEFGH""\nNguyễn Văn An",FT1\r\n';
    expect(parseCsv(csv)).toEqual([
      ['Ngày', 'Số tiền', 'Nội dung', 'Mã GD'],
      ['25/11/2026', '199,000', 'Thanh toán "USIABCDEFGH"\nNguyễn Văn An', 'FT1'],
    ]);
  });

  it('detects a semicolon delimiter and skips blank lines', () => {
    expect(parseCsv('a;b\n\n1;"x;y"\n')).toEqual([
      ['a', 'b'],
      ['1', 'x;y'],
    ]);
  });
});
