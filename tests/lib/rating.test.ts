import { describe, expect, it } from 'vitest';
import { formatRating, formatStars } from '@/lib/rating';

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

  it('writes the average with the Vietnamese decimal comma on Vietnamese pages (issue 14)', () => {
    expect(formatRating('4.45', 'vi')).toBe('4,5');
    expect(formatRating('5.00', 'vi')).toBe('5,0');
    expect(formatRating('4.45', 'en')).toBe('4.5');
  });

  it('writes a star value: whole numbers as they are, an average with one decimal in the locale', () => {
    expect(formatStars(4, 'vi')).toBe('4');
    expect(formatStars(4.5, 'vi')).toBe('4,5');
    expect(formatStars(4.5, 'en')).toBe('4.5');
  });
});
