import 'server-only';
import { eq } from 'drizzle-orm';
import { hashPassword, verifyPassword, DUMMY_PASSWORD_HASH } from '@/lib/auth/password';
import { AppError, em } from '@/lib/errors';
import { db, isUniqueViolation } from '@/db';
import { users, type UserRole } from '@/db/schema';
import { issueEmailConfirmation } from './email-confirmation';

/** What the rest of the app knows about the signed-in user. */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  avatarUrl: string | null;
  sessionVersion: number;
};

/** The columns of a `SessionUser`. */
const sessionUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  avatarUrl: users.avatarUrl,
  sessionVersion: users.sessionVersion,
};

/** The columns a session needs of its user (with the flags that end it). */
export const sessionColumns = {
  ...sessionUserColumns,
  disabledAt: users.disabledAt,
  deletedAt: users.deletedAt,
};

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

/**
 * Creates a shopper account, usable at once. Its address is confirmed later through a mailed link:
 * the token and the (sensitive) mail are queued in the same transaction as the account
 * (`confirmEmail: false` skips that, e.g. for accounts created by an operator). The caller kicks the
 * mail delivery. A taken email is an AppError on the `email` field, not a crash.
 */
export async function createUser(
  input: {
    name: string;
    email: string;
    password: string;
    /** The language the account's emails and notices are written in (the page it registered on). */
    locale?: 'en' | 'vi';
  },
  options: { confirmEmail?: boolean } = {},
): Promise<SessionUser> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(users)
        .values({ name: input.name, email: input.email.trim().toLowerCase(), passwordHash, locale: input.locale })
        .returning(sessionUserColumns);
      if (!row) throw new Error('insert returned no row');
      if (options.confirmEmail ?? true) {
        await issueEmailConfirmation(tx, { userId: row.id, name: row.name, email: row.email, purpose: 'register' });
      }
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_unique')) {
      throw new AppError('conflict', em('emailTaken'), {
        field: 'email',
        cause: error,
      });
    }
    throw error;
  }
}

/** Keeps the language a user chose with the switcher (the same choice again changes nothing). */
export async function setUserLocale(userId: string, locale: 'en' | 'vi'): Promise<void> {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}
