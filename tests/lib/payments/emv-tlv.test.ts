import { describe, expect, it } from 'vitest';
import { encodeTlv, encodeTlvList, TlvError } from '@/lib/payments/emv-tlv';
import { parseTlvList, tlvMap } from '../../helpers/vietqr-parser';

describe('EMVCo TLV', () => {
  it('writes ID, two-digit length and value', () => {
    expect(encodeTlv('53', '704')).toBe('5303704');
    expect(encodeTlv('00', '01')).toBe('000201');
    expect(encodeTlv('62', 'x'.repeat(9))).toBe(`6209${'x'.repeat(9)}`);
    expect(encodeTlv('62', 'x'.repeat(10))).toBe(`6210${'x'.repeat(10)}`);
  });

  it('takes values of 1 to 99 characters and refuses the rest', () => {
    expect(encodeTlv('59', 'a')).toBe('5901a');
    expect(encodeTlv('59', 'a'.repeat(99))).toBe(`5999${'a'.repeat(99)}`);
    expect(() => encodeTlv('59', 'a'.repeat(100))).toThrow(TlvError);
    expect(() => encodeTlv('59', '')).toThrow(TlvError);
    expect(() => encodeTlv('5', 'a')).toThrow(/two digits/);
  });

  it('leaves out undefined fields of a list', () => {
    expect(
      encodeTlvList([
        ['00', '01'],
        ['54', undefined],
        ['58', 'VN'],
      ]),
    ).toBe('0002015802VN');
  });

  it('parses back what it wrote', () => {
    const list = [
      { id: '00', value: '01' },
      { id: '59', value: 'a'.repeat(99) },
      { id: '62', value: '0811USIABCDEFGH' },
    ];
    expect(parseTlvList(list.map((f) => encodeTlv(f.id, f.value)).join(''))).toEqual(list);
  });

  it('refuses truncated, mis-measured and malformed input', () => {
    expect(() => parseTlvList('000201010')).toThrow(/Truncated/);
    expect(() => parseTlvList('0003AB')).toThrow(/says 3 characters but 2 remain/);
    expect(() => parseTlvList('00AB01')).toThrow(/bad length/);
    expect(() => parseTlvList('A00201')).toThrow(/Bad field ID/);
    expect(() => parseTlvList('0000')).toThrow(TlvError);
    expect(() => tlvMap('000201000201')).toThrow(/twice/);
  });
});
