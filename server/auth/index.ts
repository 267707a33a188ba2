import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextRequest } from 'next/server';
import NextAuth, { type NextAuthConfig, type Session } from 'next-auth';
import { decode, type JWT } from 'next-auth/jwt';
import Credentials from 'next-auth/providers/credentials';
import { createSession, getActiveSession, revokeSession, type ActiveSession } from '@/db/queries/sessions';
import { clientIp } from '@/lib/http/client-ip';
import { loginSchema } from '@/lib/validations/auth';
import { authConfig } from './config';
import { cachedDecode } from './decode-cache';
import { capSessionCookies } from '@/lib/auth/session-cookie';
import { verifyCredentialsThrottled } from './sign-in-throttle';
import { SignInThrottledError } from '@/lib/auth/sign-in-throttled-error';

/** The session rows checked in this request's `jwt` callback, for its `session` callback (same token object). */
const checked = new WeakMap<JWT, ActiveSession>();
/** In an HTTP request to /api/auth/*: the absolute end of the session it renews, to cap the cookie at. */
const renewing = new AsyncLocalStorage<{ end?: Date }>();

/**
 * Every read of the session (the server's `auth()`, GET and POST /api/auth/session) checks its row:
 * revoked (signed out, "sign out of all devices", a password change elsewhere, disabling, a role
 * change), past its absolute end, idle too long, or the account disabled or deleted → null, which
 * makes Auth.js answer "no session" and clear the cookie. A session-update request
 * (POST /api/auth/session) changes nothing: the token is never taken from the client.
 */
const jwt: NonNullable<NextAuthConfig['callbacks']>['jwt'] = async (params) => {
  const token = authConfig.callbacks.jwt(params);
  if (params.user) return token; // just signed in: the row was made in `authorize`
  if (!token.sub || !token.sid || typeof token.sv !== 'number') return null; // a cookie from before session rows
  const active = await getActiveSession(token.sid, token.sub, token.sv);
  if (!active) return null;
  checked.set(token, active);
  token.aexp = Math.floor(active.expiresAt.getTime() / 1000); // the JWT's `exp` never passes it (config.ts)
  const request = renewing.getStore();
  if (request) request.end = active.expiresAt;
  return token;
};

/** Auth.js answers `expires` = now + maxAge; the session really ends at its row's `expires_at` when sooner. */
const endOf = (session: { expires: string | Date }, active: ActiveSession) =>
  new Date(Math.min(new Date(session.expires).getTime(), active.expiresAt.getTime())).toISOString();

function activeOf(token: JWT): ActiveSession {
  const active = checked.get(token);
  // Unreachable (the jwt callback ran first); throwing makes Auth.js answer no session and clear the cookie.
  if (!active) throw new Error('session read without its row being checked');
  return active;
}

const credentials = Credentials({
  credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } },
  async authorize(raw, request) {
    const parsed = loginSchema.safeParse(raw);
    if (!parsed.success) return null;
    // Throttled per (email, address), per address and per email (server/auth/sign-in-throttle.ts);
    // a refusal names the wait, and the password is not even checked.
    const ip = clientIp(request.headers);
    const attempt = await verifyCredentialsThrottled(parsed.data.email, parsed.data.password, ip);
    if (attempt.status === 'throttled') throw new SignInThrottledError(attempt.reason, attempt.retryAfterMs);
    if (attempt.status !== 'ok') return null;
    const user = attempt.value;
    const session = await createSession(user.id, { ip, userAgent: request.headers.get('user-agent') });
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      sessionVersion: user.sessionVersion,
      sessionId: session.id,
      sessionExpiresAt: session.expiresAt.getTime(),
    };
  },
});

const shared = {
  ...authConfig,
  providers: [credentials],
  events: {
    // Sign-out ends this session on the server: a copy of the cookie taken before is worth nothing.
    async signOut(message) {
      const sid = 'token' in message ? message.token?.sid : undefined;
      if (sid) await revokeSession(sid);
    },
  },
} satisfies NextAuthConfig;

/** For HTTP (GET /api/auth/session): the signed-in user's id, name, email and role, nothing more. */
const httpConfig: NextAuthConfig = {
  ...shared,
  callbacks: {
    jwt,
    session({ session, token }) {
      const active = activeOf(token);
      const { id, name, email, role } = active.user;
      return { expires: endOf(session, active), user: { id, name, email, role } };
    },
  },
};

/**
 * For the server's own `auth()`, `signIn` and `signOut` (Auth.js calls the lazy config without a
 * request there): the user as the database has it now, and the session id, for "end every other
 * session" (server/auth/guards.ts).
 */
const serverConfig: NextAuthConfig = {
  ...shared,
  callbacks: {
    jwt,
    session({ session, token }) {
      const active = activeOf(token);
      return { expires: endOf(session, active), user: active.user, sessionId: active.id } satisfies Session;
    },
  },
};

const nextAuth = NextAuth((request) => (request ? httpConfig : serverConfig));
export const { signIn, signOut } = nextAuth;

/**
 * What `auth()` encodes instead of a renewed token. next-auth's server `auth()` (no arguments: server
 * components, actions, route handlers; server/auth/guards.ts) runs Auth.js's `session` action, which
 * decrypts the cookie, runs the callbacks above (the session row is read and checked every time) and then
 * encrypts a renewed token for a Set-Cookie header that this path never sends: next-auth/lib/index.js
 * reads only the response's JSON. That encryption (HKDF, a SHA-256 thumbprint, AES-CBC + HMAC) was
 * ≈ 1.5 ms of every signed-in page (issue 20, BENCHMARKS.md). The cookie is still renewed where it was:
 * GET /api/auth/session (`handlers`), which keeps the full round.
 */
const NOT_SENT = 'unused';
/** The cookie's decoding is kept per token (./decode-cache.ts); the session row is still checked every call. */
const decodeCached = cachedDecode(decode);
const sessionReader = NextAuth(() => ({
  ...serverConfig,
  jwt: { ...serverConfig.jwt, encode: async () => NOT_SENT, decode: decodeCached },
}));
export const { auth } = sessionReader;

/** The /api/auth/* route: Auth.js's handlers, with a renewed session cookie capped at the session's end. */
async function handle(request: NextRequest, handler: (request: NextRequest) => Promise<Response>) {
  const state: { end?: Date } = {};
  const response = await renewing.run(state, () => handler(request));
  return state.end ? capSessionCookies(response, state.end) : response;
}
export const handlers = {
  GET: (request: NextRequest) => handle(request, nextAuth.handlers.GET),
  POST: (request: NextRequest) => handle(request, nextAuth.handlers.POST),
};
