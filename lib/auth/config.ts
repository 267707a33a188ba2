import type { NextAuthConfig } from 'next-auth';
import type { UserRole } from '@/db/schema/enums';
import { verifySessionRefresh, type SessionRefresh } from './session-refresh';

declare module 'next-auth' {
  interface User {
    role?: UserRole;
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; role: UserRole; sessionVersion: number; name: string; email: string };
    /** Only in `unstable_update` data: see lib/auth/session-refresh.ts. */
    refresh?: SessionRefresh;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    role?: UserRole;
    sv?: number;
  }
}

/**
 * The part of the auth configuration that needs no database: shared by the proxy and lib/auth/index.ts.
 * The JWT carries the user id, role and session version; lib/auth/guards.ts re-reads role, disabled
 * flag and session version from the database on every protected request.
 */
export const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    async jwt({ token, user, trigger, session }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role ?? 'USER';
        token.sv = user.sessionVersion ?? 0;
      }
      if (trigger === 'update') {
        // After a password change this session moves to the new version (others stay behind and end);
        // only with the server's signed proof, never because a client asked.
        const refresh = (session as { refresh?: unknown } | undefined)?.refresh;
        const sv = await verifySessionRefresh(process.env.AUTH_SECRET, token.sub, refresh);
        if (sv !== null) token.sv = sv;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? '';
      session.user.role = token.role ?? 'USER';
      session.user.sessionVersion = token.sv ?? 0;
      return session;
    },
  },
} satisfies NextAuthConfig;
