import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IMPORT_URL_TTL_SECONDS, signImportToken, verifyImportToken } from '@/lib/workflows/import-token';

const PURCHASE = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const RELEASE = '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';
const OTHER = '11111111-2222-4333-8444-555555555555';
const NOW = new Date('2026-11-28T10:00:00.000Z');

const parts = (token: string) => token.split('.') as [string, string, string, string];

beforeEach(() => {
  vi.stubEnv('AUTH_SECRET', 'test-auth-secret-of-at-least-32-characters');
  vi.stubEnv('IMPORT_URL_SECRET', '');
});
afterEach(() => vi.unstubAllEnvs());

describe('the "Import into n8n" token (issue 17)', () => {
  it('carries the purchase, the release and an expiry 15 minutes on', () => {
    const { token, expiresAt } = signImportToken({ purchaseId: PURCHASE, releaseId: RELEASE }, NOW);
    expect(expiresAt).toEqual(new Date(NOW.getTime() + IMPORT_URL_TTL_SECONDS * 1000));
    expect(IMPORT_URL_TTL_SECONDS).toBe(900);
    expect(verifyImportToken(token, NOW)).toEqual({ purchaseId: PURCHASE, releaseId: RELEASE, expiresAt });
  });

  it('is good up to its expiry second and not a millisecond after', () => {
    const { token, expiresAt } = signImportToken({ purchaseId: PURCHASE, releaseId: RELEASE }, NOW);
    expect(verifyImportToken(token, new Date(expiresAt.getTime() - 1))).not.toBeNull();
    expect(verifyImportToken(token, expiresAt)).not.toBeNull();
    expect(verifyImportToken(token, new Date(expiresAt.getTime() + 1))).toBeNull();
    expect(verifyImportToken(token, new Date(NOW.getTime() + 16 * 60_000))).toBeNull();
  });

  it('refuses a token with any part changed', () => {
    const { token } = signImportToken({ purchaseId: PURCHASE, releaseId: RELEASE }, NOW);
    const [p, r, e, s] = parts(token);
    const flip = (sig: string) => (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1);
    for (const tampered of [
      [OTHER, r, e, s],
      [p, OTHER, e, s],
      [p, r, String(Number(e) + 3600), s],
      [p, r, String(Number(e) - 1), s],
      [p, r, e, flip(s)],
      [p, r, e, s.slice(0, -1)],
      [p, r, e, `${s}A`],
      [p.toUpperCase(), r, e, s],
    ]) {
      expect(verifyImportToken(tampered.join('.'), NOW), tampered.join('.')).toBeNull();
    }
    // Purchase and release swapped: the signature names them in order.
    expect(verifyImportToken([r, p, e, s].join('.'), NOW)).toBeNull();
    for (const junk of ['', token.slice(0, -2), `${token}.x`, 'a.b.c.d', `../${token}`]) {
      expect(verifyImportToken(junk, NOW)).toBeNull();
    }
  });

  it('is void when the signing key changes', () => {
    vi.stubEnv('IMPORT_URL_SECRET', 'a'.repeat(40));
    const { token } = signImportToken({ purchaseId: PURCHASE, releaseId: RELEASE }, NOW);
    expect(verifyImportToken(token, NOW)).not.toBeNull();
    vi.stubEnv('IMPORT_URL_SECRET', 'b'.repeat(40));
    expect(verifyImportToken(token, NOW)).toBeNull();
    // Unset: the key derived from AUTH_SECRET, which is not the configured one either.
    vi.stubEnv('IMPORT_URL_SECRET', '');
    expect(verifyImportToken(token, NOW)).toBeNull();
  });
});
