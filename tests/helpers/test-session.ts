/**
 * server/auth/guards outside Next (action tests): the signed-in user is whoever the test puts in
 * `session.user` (null: signed out), refused as the real guards refuse (a 404 for a shopper on an admin
 * action). Use as `vi.mock('@/server/auth/guards', () => import('…/helpers/test-session'))` and
 * `import { session } from '…/helpers/test-session'`.
 */
import { notFound } from 'next/navigation';
import type { SessionUser } from '@/server/auth/guards';

export const session = { user: null as null | { id: string; role: 'USER' | 'ADMIN' } };

export async function getCurrentUser(): Promise<SessionUser | null> {
  const user = session.user;
  if (!user) return null;
  return {
    ...user,
    email: `${user.role.toLowerCase()}@example.test`,
    name: user.role === 'ADMIN' ? 'Admin' : 'Someone',
    avatarUrl: null,
    sessionVersion: 0,
    sessionId: 's',
  };
}

export const currentPath = async () => '/';
export const requireUser = async () => (await getCurrentUser()) ?? notFound();
export async function requireAdmin() {
  const user = await getCurrentUser();
  return user?.role === 'ADMIN' ? user : notFound();
}

export async function currentAdmin() {
  const user = await getCurrentUser();
  return user?.role === 'ADMIN' ? user : null;
}
