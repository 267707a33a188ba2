import { decode, encode, type JWTDecodeParams } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { cachedDecode } from '@/server/auth/decode-cache';

const secret = 'a-test-secret-of-enough-length-0123456789';
const salt = 'authjs.session-token';

/** Auth.js's own decoder, counting the decryptions it really does. */
function countingDecode() {
  const calls = { n: 0 };
  const fn = async (params: JWTDecodeParams) => {
    calls.n++;
    return decode(params);
  };
  return { fn, calls };
}

const token = (claims: Record<string, unknown>, maxAge = 3600) => encode({ token: claims, secret, salt, maxAge });

describe('cachedDecode (the server auth() reading the session cookie)', () => {
  it('decrypts a token once, then answers the same claims from memory, a fresh copy each time', async () => {
    const { fn, calls } = countingDecode();
    const cached = cachedDecode(fn);
    const jwt = await token({ sub: 'user-1', sid: 'session-1', sv: 0 });
    const first = await cached({ token: jwt, secret, salt });
    const second = await cached({ token: jwt, secret, salt });
    expect(first).toMatchObject({ sub: 'user-1', sid: 'session-1', sv: 0 });
    expect(second).toEqual(first);
    expect(calls.n).toBe(1);
    // The callbacks change the token they are given: that must not reach the next request.
    second!.sid = 'changed';
    expect((await cached({ token: jwt, secret, salt }))!.sid).toBe('session-1');
  });

  it('never serves a token past its exp: it is decoded again (and Auth.js refuses it)', async () => {
    const { fn, calls } = countingDecode();
    let clock = Date.now();
    const cached = cachedDecode(fn, { now: () => clock });
    const jwt = await token({ sub: 'user-1' }, 60);
    expect(await cached({ token: jwt, secret, salt })).not.toBeNull();
    clock += 61_000;
    await cached({ token: jwt, secret, salt });
    expect(calls.n).toBe(2);
  });

  it('keeps nothing for a token that does not decode: a forged cookie is decrypted (and refused) every time', async () => {
    const { fn, calls } = countingDecode();
    const cached = cachedDecode(fn);
    const jwt = await token({ sub: 'user-1' });
    const forged = `${jwt.slice(0, -4)}AAAA`;
    await expect(cached({ token: forged, secret, salt })).rejects.toThrow();
    await expect(cached({ token: forged, secret, salt })).rejects.toThrow();
    expect(calls.n).toBe(2);
  });

  it('does not answer for another salt (cookie name) or another secret', async () => {
    const { fn, calls } = countingDecode();
    const cached = cachedDecode(fn);
    const jwt = await token({ sub: 'user-1' });
    await cached({ token: jwt, secret, salt });
    await expect(cached({ token: jwt, secret, salt: '__Secure-authjs.session-token' })).rejects.toThrow();
    await expect(cached({ token: jwt, secret: 'another-secret-of-enough-length-98765', salt })).rejects.toThrow();
    expect(calls.n).toBe(3);
    // The same secret in a new list (Auth.js builds one per request) is the same key: no decryption.
    expect(await cached({ token: jwt, secret: [secret], salt })).toMatchObject({ sub: 'user-1' });
    expect(calls.n).toBe(3);
  });

  it('holds at most `max` tokens, dropping the oldest first', async () => {
    const { fn, calls } = countingDecode();
    const cached = cachedDecode(fn, { max: 2 });
    const [a, b, c] = await Promise.all([token({ sub: 'a' }), token({ sub: 'b' }), token({ sub: 'c' })]);
    for (const jwt of [a, b, c]) await cached({ token: jwt, secret, salt });
    expect(calls.n).toBe(3);
    await cached({ token: c, secret, salt });
    await cached({ token: b, secret, salt });
    expect(calls.n).toBe(3);
    await cached({ token: a, secret, salt }); // dropped when c came in
    expect(calls.n).toBe(4);
  });
});
