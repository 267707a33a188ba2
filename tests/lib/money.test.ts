import { describe, expect, it } from 'vitest';
import { formatMoney, fromMinorUnits, normalizeMoney, parseWholePrice, toMinorUnits } from '@/lib/money';

describe('money', () => {
  it('converts decimal strings to minor units and back without floats', () => {
    expect(toMinorUnits('199000')).toBe(19_900_000n);
    expect(toMinorUnits('0.1')).toBe(10n);
    expect(toMinorUnits('-12.34')).toBe(-1234n);
    expect(fromMinorUnits(toMinorUnits('0.1') + toMinorUnits('0.2'))).toBe('0.30');
    expect(normalizeMoney('5')).toBe('5.00');
    expect(normalizeMoney('100')).toBe(normalizeMoney('100.00'));
  });

  it('refuses what is not a plain amount', () => {
    for (const bad of ['', '1e5', '1.234', 'abc', '1,000']) expect(() => toMinorUnits(bad)).toThrow();
  });

  it('formats VND without decimals', () => {
    expect(formatMoney('199000.00', 'VND').replace(/\s/g, ' ')).toMatch(/^199\.000 ₫$/);
  });

  it('formats the decimal string itself, never a float made from it', () => {
    // Through Number() these would read $12,345,678,901,234,568.00 and $0.30000000000000004 → rounding luck.
    expect(formatMoney('12345678901234567.89', 'USD')).toBe('$12,345,678,901,234,567.89');
    expect(formatMoney(fromMinorUnits(toMinorUnits('0.1') + toMinorUnits('0.2')), 'USD')).toBe('$0.30');
    expect(formatMoney('19.5', 'USD')).toBe('$19.50');
    expect(formatMoney('-5', 'USD')).toBe('-$5.00');
  });

  it('formats in the reader’s language: VND the Vietnamese way in both, another currency per language', () => {
    expect(formatMoney('149000', 'VND', 'vi').replace(/\s/g, ' ')).toBe('149.000 ₫');
    expect(formatMoney('149000', 'VND', 'en').replace(/\s/g, ' ')).toBe('149.000 ₫');
    expect(formatMoney('19.5', 'USD', 'vi').replace(/\s/g, ' ')).toBe('19,50 US$');
  });
});

describe('parseWholePrice (the admin price field)', () => {
  it('reads whole đồng typed plainly, with thousands dots or commas, spaces or a currency sign', () => {
    for (const [typed, value] of [
      ['250000', '250000'],
      ['250.000', '250000'],
      ['250,000', '250000'],
      ['1.250.000', '1250000'],
      ['1,250,000', '1250000'],
      ['99 000 ₫', '99000'],
      ['99.000đ', '99000'],
      ['250000 VND', '250000'],
      ['007', '7'],
    ] as const) {
      expect(parseWholePrice(typed), typed).toBe(value);
    }
  });

  it('refuses a separator that does not group thousands, mixed separators, and anything else', () => {
    for (const typed of [
      '250.5',
      '250,50',
      '1.5',
      '250000.00',
      '250.000,00',
      '1,250.000',
      '25.00.000',
      '',
      'abc',
      '-5',
      '12345678901',
    ]) {
      expect(parseWholePrice(typed), typed).toBeNull();
    }
  });
});
