import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { sessionColumns, type SessionUser } from '@/db/queries/users';
import { users } from '@/db/schema';

/**
 * The account as a session would see it, or null when it is gone, disabled or deleted: what the tests
 * check after changing an account (the shop itself reads it through the session row, db/queries/sessions.ts).
 */
export async function getActiveUserById(id: string): Promise<SessionUser | null> {
  const [row] = await db.select(sessionColumns).from(users).where(eq(users.id, id)).limit(1);
  if (!row || row.disabledAt || row.deletedAt) return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    avatarUrl: row.avatarUrl,
    sessionVersion: row.sessionVersion,
  };
}
