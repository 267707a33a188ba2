import 'server-only';
import { eq } from 'drizzle-orm';
import { hashPassword, verifyPassword, DUMMY_PASSWORD_HASH } from '@/lib/auth/password';
import { AppError } from '@/lib/errors';
import { db, isUniqueViolation } from '@/db';
import { users, type UserRole } from '@/db/schema';

/** What the rest of the app knows about the signed-in user. */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  avatarUrl: string | null;
  sessionVersion: number;
};

const sessionColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  avatarUrl: users.avatarUrl,
  sessionVersion: users.sessionVersion,
  disabledAt: users.disabledAt,
  deletedAt: users.deletedAt,
};

/** The user behind a session, or null when the account is gone, disabled or deleted. */
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

/**
 * Checks an email and password. Unknown email, wrong password and a disabled account all answer null,
 * and all cost one argon2 verification, so neither the answer nor its timing tells them apart.
 */
export async function verifyCredentials(email: string, password: string): Promise<SessionUser | null> {
  const [row] = await db
    .select({ ...sessionColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .limit(1);
  const ok = await verifyPassword(row?.passwordHash ?? DUMMY_PASSWORD_HASH, password);
  if (!row || !ok || row.disabledAt || row.deletedAt) return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    avatarUrl: row.avatarUrl,
    sessionVersion: row.sessionVersion,
  };
}

/** Creates a shopper account. A taken email is an AppError on the `email` field, not a crash. */
export async function createUser(input: {
  name: string;
  email: string;
  password: string;
}): Promise<SessionUser> {
  const passwordHash = await hashPassword(input.password);
  try {
    const [row] = await db
      .insert(users)
      .values({ name: input.name, email: input.email.trim().toLowerCase(), passwordHash })
      .returning({
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        avatarUrl: users.avatarUrl,
        sessionVersion: users.sessionVersion,
      });
    if (!row) throw new Error('insert returned no row');
    return row;
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_unique')) {
      throw new AppError('conflict', 'An account with this email already exists.', {
        field: 'email',
        cause: error,
      });
    }
    throw error;
  }
}
