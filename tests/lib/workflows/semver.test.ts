import { describe, expect, it } from 'vitest';
import { compareSemver, formatSemver, parseSemver } from '@/lib/workflows/semver';

describe('parseSemver', () => {
  it('reads MAJOR.MINOR.PATCH', () => {
    expect(parseSemver('1.2.0')).toEqual({ major: 1, minor: 2, patch: 0 });
    expect(parseSemver(' 10.0.12 ')).toEqual({ major: 10, minor: 0, patch: 12 });
    expect(parseSemver('0.0.0')).toEqual({ major: 0, minor: 0, patch: 0 });
  });

  it.each(['', '1', '1.2', 'v1.2.0', '1.2.0-beta', '01.2.0', '1.2.3.4', '1.x.0', '-1.0.0', '1234567.0.0'])(
    'refuses %j',
    (text) => expect(parseSemver(text)).toBeNull(),
  );
});

describe('compareSemver', () => {
  const cmp = (a: string, b: string) => Math.sign(compareSemver(parseSemver(a)!, parseSemver(b)!));

  it('compares numerically, part by part', () => {
    expect(cmp('1.10.0', '1.9.0')).toBe(1);
    expect(cmp('1.2.0', '1.2.1')).toBe(-1);
    expect(cmp('2.0.0', '1.99.99')).toBe(1);
    expect(cmp('1.2.3', '1.2.3')).toBe(0);
    expect(cmp('0.9.9', '1.0.0')).toBe(-1);
  });

  it('formats back', () => expect(formatSemver(parseSemver('3.0.1')!)).toBe('3.0.1'));
});
