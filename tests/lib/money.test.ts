import { describe, expect, it } from 'vitest';
import { formatMoney, fromMinorUnits, moneyEquals, normalizeMoney, toMinorUnits } from '@/lib/money';

describe('money', () => {
  it('converts decimal strings to minor units and back without floats', () => {
    expect(toMinorUnits('199000')).toBe(19_900_000n);
    expect(toMinorUnits('0.1')).toBe(10n);
    expect(toMinorUnits('-12.34')).toBe(-1234n);
    expect(fromMinorUnits(toMinorUnits('0.1') + toMinorUnits('0.2'))).toBe('0.30');
    expect(normalizeMoney('5')).toBe('5.00');
    expect(moneyEquals('100', '100.00')).toBe(true);
  });

  it('refuses what is not a plain amount', () => {
    for (const bad of ['', '1e5', '1.234', 'abc', '1,000']) expect(() => toMinorUnits(bad)).toThrow();
  });

  it('formats VND without decimals', () => {
    expect(formatMoney('199000.00').replace(/\s/g, ' ')).toMatch(/^199\.000 ₫$/);
  });
});
