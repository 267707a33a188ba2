import type { JWT, JWTDecodeParams } from 'next-auth/jwt';

type Decode = (params: JWTDecodeParams) => Promise<JWT | null>;

type Entry = { payload: JWT; expiresAt: number };

/**
 * Auth.js's cookie decoding (HKDF key derivation, a key-id thumbprint, AES-CBC + HMAC through webcrypto:
 * ≈ 5 % of a signed-in page's server CPU, issue 20) kept per token: a shopper's browser sends the same
 * session cookie on every page until it is renewed, and decoding is a pure function of the token, the
 * secret and the salt (the cookie's name). Only what decoding decides is kept — the token is authentic and
 * says this — never whether the session is still good: the `jwt` callback reads and checks the session row
 * on every call, so a revoked session ends at once, cached or not.
 *
 * - A hit is served only while the token's `exp` is in the future (Auth.js allows 15 s of clock skew; a
 *   hit allows none) and only for the same secret(s) and salt.
 * - A token that fails to decode is not kept: a forged cookie costs a decryption every time, as before.
 * - Each call gets its own copy: the callbacks change the token they are given.
 * - At most `max` tokens; the oldest is dropped first (a Map keeps insertion order).
 */
export function cachedDecode(decode: Decode, { max = 5_000, now = Date.now } = {}): Decode {
  const entries = new Map<string, Entry>();
  return async (params) => {
    const { token, salt, secret } = params;
    if (!token) return decode(params);
    // Auth.js builds the secret list anew for each request: compared by value, as part of the key.
    const key = [salt, ...(Array.isArray(secret) ? secret : [secret]), token].join('\u0000');
    const hit = entries.get(key);
    if (hit) {
      if (hit.expiresAt > now()) return structuredClone(hit.payload);
      entries.delete(key);
    }
    const payload = await decode(params);
    if (payload && typeof payload.exp === 'number') {
      entries.delete(key);
      entries.set(key, { payload: structuredClone(payload), expiresAt: payload.exp * 1000 });
      if (entries.size > max) entries.delete(entries.keys().next().value!);
    }
    return payload;
  };
}
