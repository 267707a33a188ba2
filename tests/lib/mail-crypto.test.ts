import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decryptBody, encryptBody, isEncrypted } from '@/lib/mail/crypto';

const saved = process.env.AUTH_SECRET;
beforeEach(() => {
  process.env.AUTH_SECRET = 'unit-test-secret-0123456789abcdef0123456789';
});
afterEach(() => {
  process.env.AUTH_SECRET = saved;
});

describe('outbox body encryption (AES-256-GCM, key from AUTH_SECRET by HKDF)', () => {
  const body = 'Choose a new password: https://shop.example/reset-password?token=abcDEF123_-';

  it('round-trips, never shows the plain text, and uses a fresh IV each time', () => {
    const a = encryptBody(body);
    const b = encryptBody(body);
    expect(isEncrypted(a)).toBe(true);
    expect(a).not.toContain('token=');
    expect(a).not.toBe(b);
    expect(decryptBody(a)).toBe(body);
    expect(decryptBody('plain text stays plain')).toBe('plain text stays plain');
  });

  it('refuses a tampered body and a body sealed under another secret', () => {
    const sealed = encryptBody(body);
    const [iv, tag, data] = sealed.slice('enc:v1:'.length).split('.');
    const flipped = Buffer.from(data!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => decryptBody(`enc:v1:${iv}.${tag}.${flipped.toString('base64url')}`)).toThrow();
    process.env.AUTH_SECRET = 'another-secret-entirely-0123456789abcdef';
    expect(() => decryptBody(sealed)).toThrow();
  });

  it('without AUTH_SECRET it refuses to queue a secret rather than store it readable', () => {
    delete process.env.AUTH_SECRET;
    expect(() => encryptBody(body)).toThrow(/AUTH_SECRET is not set/);
  });
});
