import { describe, expect, it } from 'vitest';
import { toAsciiText } from '@/lib/payments/ascii';

describe('toAsciiText', () => {
  it('strips Vietnamese diacritics, including đ/Đ, and keeps the case', () => {
    expect(toAsciiText('Nguyễn Văn An')).toBe('Nguyen Van An');
    expect(toAsciiText('Phạm Quốc Dũng')).toBe('Pham Quoc Dung');
    expect(toAsciiText('ĐỖ THỊ ĐÀO')).toBe('DO THI DAO');
    expect(toAsciiText('ủng hộ lũ lụt')).toBe('ung ho lu lut');
  });

  it('handles precomposed and decomposed input alike', () => {
    expect(toAsciiText('Tr\u1ea7n')).toBe('Tran');
    expect(toAsciiText('Tra\u0302\u0300n')).toBe('Tran');
  });

  it('drops what has no ASCII form and collapses spaces', () => {
    expect(toAsciiText('  Cà phê ☕  sữa\tđá  ')).toBe('Ca phe sua da');
    expect(toAsciiText('中文')).toBe('');
  });
});
