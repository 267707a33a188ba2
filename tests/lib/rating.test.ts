import { describe, expect, it } from 'vitest';
import { formatRating } from '@/lib/rating';

describe('formatRating', () => {
  it('rounds the stored two-decimal average to one decimal, half up, without float artefacts', () => {
    expect(formatRating('4.35')).toBe('4.4');
    expect(formatRating('4.25')).toBe('4.3');
    expect(formatRating('4.33')).toBe('4.3');
    expect(formatRating('0.00')).toBe('0.0');
    expect(formatRating('0')).toBe('0.0');
    expect(formatRating('5.00')).toBe('5.0');
    expect(formatRating('1.05')).toBe('1.1');
  });
});
