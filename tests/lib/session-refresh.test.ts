import { describe, expect, it } from 'vitest';
import { signSessionRefresh, verifySessionRefresh } from '@/lib/auth/session-refresh';

const secret = 'a-test-secret-that-is-long-enough-0123456789';

describe('session refresh proof', () => {
  it('accepts the server’s own proof for this user, before it expires', async () => {
    const proof = await signSessionRefresh(secret, 'user-1', 4, 1_000);
    expect(await verifySessionRefresh(secret, 'user-1', proof, 2_000)).toBe(4);
  });

  it('refuses another user, a changed version, a wrong secret, an expired or a made-up proof', async () => {
    const proof = await signSessionRefresh(secret, 'user-1', 4, 1_000);
    expect(await verifySessionRefresh(secret, 'user-2', proof, 2_000)).toBeNull();
    expect(await verifySessionRefresh(secret, 'user-1', { ...proof, sv: 5 }, 2_000)).toBeNull();
    expect(await verifySessionRefresh('another secret of enough length 0123456789', 'user-1', proof, 2_000)).toBeNull();
    expect(await verifySessionRefresh(secret, 'user-1', proof, 1_000 + 61_000)).toBeNull();
    expect(await verifySessionRefresh(secret, 'user-1', { sv: 9, exp: 99_999, sig: 'x' }, 2_000)).toBeNull();
    expect(await verifySessionRefresh(secret, 'user-1', 'nonsense', 2_000)).toBeNull();
    expect(await verifySessionRefresh(undefined, 'user-1', proof, 2_000)).toBeNull();
  });
});
