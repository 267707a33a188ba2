/**
 * Erasing an account's personal data, shared by a shopper deleting their own account
 * (db/queries/settings.ts) and `npm run demo:remove` (db/seed/demo.ts). Not `server-only`: the script
 * imports it.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import {
  contactMessages,
  emailConfirmationTokens,
  favorites,
  notifications,
  passwordResetTokens,
  userSessions,
  users,
} from '../schema';

export const DELETED_USER_NAME = 'Deleted user';

/**
 * Inside the caller's transaction: the row stays (purchases and invoices are the shop's books), the
 * personal data goes — email and name replaced, avatar removed, `unusableHash` as the password,
 * `deleted_at` set, every session ended, favourites, notifications and tokens deleted, and the name and
 * email on the account's contact messages anonymised.
 */
export async function eraseAccount(tx: Executor, userId: string, unusableHash: string): Promise<void> {
  const anonymousEmail = `deleted-${userId}@deleted.invalid`;
  await tx
    .update(users)
    .set({
      email: anonymousEmail,
      name: DELETED_USER_NAME,
      avatarUrl: null,
      billingCompany: null,
      billingAddress: null,
      billingTaxCode: null,
      passwordHash: unusableHash,
      deletedAt: sql`now()`,
      sessionVersion: sql`${users.sessionVersion} + 1`,
    })
    .where(eq(users.id, userId));
  await tx
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt)));
  await tx.delete(favorites).where(eq(favorites.userId, userId));
  await tx.delete(notifications).where(eq(notifications.userId, userId));
  await tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId));
  await tx.delete(emailConfirmationTokens).where(eq(emailConfirmationTokens.userId, userId));
  await tx
    .update(contactMessages)
    .set({ name: DELETED_USER_NAME, email: anonymousEmail })
    .where(eq(contactMessages.userId, userId));
}
