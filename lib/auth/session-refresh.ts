/**
 * A proof that the server itself asked to move a session to a new session version (after a password
 * change in this session). The JWT `update` trigger is also reachable over HTTP (POST /api/auth/session),
 * so a stolen, outdated session must not be able to revive itself by asking: the new version is only
 * accepted with an HMAC (keyed by AUTH_SECRET) over the user id, the version and a one-minute expiry.
 * Web Crypto only, so the auth config stays usable in any runtime.
 */
export type SessionRefresh = { sv: number; exp: number; sig: string };

const TTL_MS = 60_000;
const encoder = new TextEncoder();

async function hmac(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
  return btoa(String.fromCharCode(...mac)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const message = (userId: string, sv: number, exp: number) => `session-refresh:${userId}:${sv}:${exp}`;

export async function signSessionRefresh(
  secret: string,
  userId: string,
  sessionVersion: number,
  now = Date.now(),
): Promise<SessionRefresh> {
  const exp = now + TTL_MS;
  return { sv: sessionVersion, exp, sig: await hmac(secret, message(userId, sessionVersion, exp)) };
}

/** The new session version when `proof` is genuine, unexpired and for this user; otherwise null. */
export async function verifySessionRefresh(
  secret: string | undefined,
  userId: string | undefined,
  proof: unknown,
  now = Date.now(),
): Promise<number | null> {
  if (!secret || !userId || !proof || typeof proof !== 'object') return null;
  const { sv, exp, sig } = proof as Partial<SessionRefresh>;
  if (!Number.isInteger(sv) || typeof exp !== 'number' || typeof sig !== 'string' || exp < now) return null;
  const expected = await hmac(secret, message(userId, sv!, exp));
  if (expected.length !== sig.length) return null;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ sig.charCodeAt(i);
  return diff === 0 ? sv! : null;
}
