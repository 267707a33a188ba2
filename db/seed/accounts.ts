/**
 * Accounts the operator makes from the command line (no request, no session): the first admin of a
 * shop (`ADMIN_EMAIL`/`ADMIN_PASSWORD` at start, `npm run admin:create`). Not `server-only`: scripts
 * import it.
 */
import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '../../lib/auth/password';
import { activeAdmin } from '../active-accounts';
import type { Database } from '../client';
import { userSessions, users } from '../schema';

/** What `createOrPromoteAdmin` did, in words the scripts print. */
export type AdminOutcome = 'created' | 'promoted' | 'password-set' | 'unchanged';

export const ADMIN_OUTCOME_TEXT: Record<AdminOutcome, (email: string) => string> = {
  created: (e) => `Created the admin account ${e}.`,
  promoted: (e) =>
    `${e} already had an account: it is now an admin, with the password you gave (its other sessions ended).`,
  'password-set': (e) => `${e} was already an admin: its password is now the one you gave (its other sessions ended).`,
  unchanged: (e) => `${e} is already an active admin with that password: nothing to change.`,
};

/**
 * Makes `email` an active admin whose password is `password`: a new account, or the existing one
 * promoted (re-enabled if disabled) with the new password. Idempotent: an active admin with that
 * password is left alone (no write, its sessions stay valid). One statement (insert … on conflict), so
 * two runs at once cannot make two accounts. The caller validates the email and the password.
 */
export async function createOrPromoteAdmin(
  db: Database,
  input: { email: string; password: string; name?: string },
): Promise<AdminOutcome> {
  const email = input.email.trim().toLowerCase();
  const [existing] = await db
    .select({ role: users.role, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, email));
  if (
    existing?.role === 'ADMIN' &&
    !existing.disabledAt &&
    (await verifyPassword(existing.passwordHash, input.password))
  ) {
    return 'unchanged';
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      // The operator gave this address: it counts as confirmed.
      .values({
        email,
        name: input.name?.trim() || 'Administrator',
        passwordHash,
        role: 'ADMIN',
        emailVerifiedAt: new Date(),
      })
      .onConflictDoUpdate({
        target: users.email,
        set: {
          role: 'ADMIN',
          passwordHash,
          disabledAt: null,
          emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`,
          // The password (or the role) changed: sessions signed before end.
          sessionVersion: sql`${users.sessionVersion} + 1`,
          updatedAt: new Date(),
        },
      })
      // xmax = 0 only on a freshly inserted row: tells "created" from "updated" in one round trip.
      .returning({ id: users.id, inserted: sql<boolean>`(xmax = 0)` });
    if (!row) throw new Error(`Could not create or update the account ${email}.`);
    if (row.inserted) return 'created';
    await tx
      .update(userSessions)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(userSessions.userId, row.id), isNull(userSessions.revokedAt)));
    return existing?.role === 'ADMIN' ? 'password-set' : 'promoted';
  });
}

/** Admins that can sign in (not disabled, not deleted). */
export async function countActiveAdmins(db: Pick<Database, 'select'>): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users).where(activeAdmin());
  return row?.n ?? 0;
}

export async function countUsers(db: Pick<Database, 'select'>): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}
