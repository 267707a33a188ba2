import 'server-only';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { getActiveUserById, type SessionUser } from '@/db/queries/users';
import { auth } from './index';

export type { SessionUser };

/**
 * The signed-in user, re-read from the database once per request: a disabled, deleted or demoted
 * account, or a JWT from before a password change, loses access at once.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getActiveUserById(id);
  if (!user || user.sessionVersion !== session.user.sessionVersion) return null;
  return user;
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

/** For the admin area: anybody but an admin sees the 404 page (the area's existence is not revealed). */
export async function requireAdmin(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user || user.role !== 'ADMIN') notFound();
  return user;
}
