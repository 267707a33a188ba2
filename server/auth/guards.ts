import 'server-only';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import type { SessionUser as AccountUser } from '@/db/queries/users';
import { auth } from './index';

/** The signed-in user, and the id of this browser's session (its `user_sessions` row). */
export type SessionUser = AccountUser & { sessionId: string };

/**
 * The signed-in user, read from the database once per request together with the session row
 * (server/auth/index.ts): a signed-out, expired, idle or revoked session, or a disabled, deleted or
 * demoted account, loses access at once.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const user = session?.user;
  if (!session?.sessionId || !user?.id || typeof user.sessionVersion !== 'number') return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    avatarUrl: user.avatarUrl ?? null,
    sessionVersion: user.sessionVersion,
    sessionId: session.sessionId,
  };
});

/** The path of the current request (set by proxy.ts), to come back to after signing in. */
export async function currentPath(): Promise<string> {
  const h = await headers();
  const path = h.get('x-pathname');
  return path && path.startsWith('/') && !path.startsWith('//') ? path : '/';
}

/** For signed-in pages and actions: sends a signed-out visitor to /login and back afterwards. */
export async function requireUser(callbackUrl?: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) {
    const back = callbackUrl ?? (await currentPath());
    redirect(`/login?callbackUrl=${encodeURIComponent(back)}`);
  }
  return user;
}

/** The signed-in admin, or null for anybody else (app/admin/layout.tsx renders the 404 page for them). */
export async function currentAdmin(): Promise<SessionUser | null> {
  const user = await getCurrentUser();
  return user?.role === 'ADMIN' ? user : null;
}

/** For the admin area: anybody but an admin sees the 404 page (the area's existence is not revealed). */
export async function requireAdmin(): Promise<SessionUser> {
  const user = await currentAdmin();
  if (!user) notFound();
  return user;
}
