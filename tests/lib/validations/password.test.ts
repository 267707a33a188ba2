import { describe, expect, it } from 'vitest';
import { passwordProblem } from '@/lib/validations/password';

describe('password policy: length plus a zxcvbn strength estimate', { timeout: 30_000 }, () => {
  it('accepts the demo and test-fixture passwords and a passphrase', () => {
    expect(passwordProblem('AdminDemo#2026', ['admin@usitech.local', 'Lan Admin'])).toBeNull();
    expect(passwordProblem('ShopperDemo#2026', ['an@usitech.local', 'An Nguyen'])).toBeNull();
    expect(passwordProblem('a long test password', ['shopper-1234abcd@example.test', 'Shopper 1234abcd'])).toBeNull();
    expect(passwordProblem('correct horse battery staple')).toBeNull();
  });

  it('keeps the length rule', () => {
    expect(passwordProblem('Xy7#q')).toBe('Use at least 10 characters.');
    expect(passwordProblem('x'.repeat(201))).toBe('Use at most 200 characters.');
  });

  it('refuses long but common or keyboard-pattern passwords, saying why', () => {
    const common = passwordProblem('password123456');
    expect(common).toMatch(/^This password is too easy to guess\. /);
    expect(common).toMatch(/commonly used password/);
    expect(passwordProblem('qwertyuiop12')).toMatch(/too easy to guess/);
    expect(passwordProblem('1234567890')).toMatch(/too easy to guess/);
  });

  it('counts the user’s own email, name and the shop name against the password', () => {
    expect(passwordProblem('nguyenvanan@example.vn', ['nguyenvanan@example.vn', 'Nguyen Van An'])).toMatch(
      /too easy to guess/,
    );
    expect(passwordProblem('nguyenvanan1', ['an@example.vn', 'Nguyen Van An'])).toMatch(/too easy to guess/);
    expect(passwordProblem('usitechmarketplace')).toMatch(/too easy to guess/);
  });
});
