import type { NextAuthConfig } from 'next-auth';
import { encode } from 'next-auth/jwt';
import type { UserRole } from '@/db/schema/enums';

declare module 'next-auth' {
  interface User {
    role?: UserRole;
    sessionVersion?: number;
    /** The `user_sessions` row made at this sign-in, and its absolute end (ms since the epoch). */
    sessionId?: string;
    sessionExpiresAt?: number;
  }
  interface Session {
    user: {
      id: string;
      role: UserRole;
      name: string;
      email: string;
      avatarUrl?: string | null;
      sessionVersion?: number;
    };
    /** Only in the server's own `auth()` result, never in GET /api/auth/session: see server/auth/index.ts. */
    sessionId?: string;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    role?: UserRole;
    /** `users.session_version` at sign-in: bumping it ends every session of the account at once. */
    sv?: number;
    /** The `user_sessions` row id: every request that reads the session checks that row. */
    sid?: string;
    /** The session's absolute end, in seconds since the epoch: the JWT never outlives it. */
    aexp?: number;
  }
}

/** The absolute lifetime of a session (also the cookie's lifetime); the idle timeout is enforced by the row. */
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

/**
 * The part of the auth configuration that needs no database. The JWT carries the user id, the session
 * row id (`sid`), the session version and the absolute end; server/auth/index.ts checks the row (and the
 * account) on every request that reads the session, and returns no session when it has ended.
 */
export const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
  jwt: {
    // Auth.js re-signs the JWT with a fresh `exp` (now + maxAge) whenever it renews the session
    // (GET /api/auth/session): capped here at the session's absolute end, so renewing never extends it.
    async encode(params) {
      const maxAge = params.maxAge ?? SESSION_MAX_AGE_S;
      const aexp = params.token?.aexp;
      const left = typeof aexp === 'number' ? aexp - Math.floor(Date.now() / 1000) : maxAge;
      return encode({ ...params, maxAge: Math.max(0, Math.min(maxAge, left)) });
    },
  },
  trustHost: true,
  providers: [],
  callbacks: {
    // Sign-in only; server/auth/index.ts adds the per-request check of the session row.
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role ?? 'USER';
        token.sv = user.sessionVersion ?? 0;
        token.sid = user.sessionId;
        token.aexp = user.sessionExpiresAt ? Math.floor(user.sessionExpiresAt / 1000) : undefined;
      }
      return token;
    },
  },
} satisfies NextAuthConfig;
