import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { AppError, em } from '@/lib/errors';
import { db, type Executor } from '@/db';
import type { InvoiceDetails } from '@/lib/validations/settings';
import { comments, users } from '@/db/schema';
import { requestEmailChange } from './email-confirmation';
import { eraseAccount } from './account-erasure';
import { revokeSessions } from './sessions';

export type AccountSettings = {
  id: string;
  name: string;
  email: string;
  avatarUrl: string | null;
  /** Invoice details: copied onto each invoice when it is issued. */
  billing: InvoiceDetails;
};

const active = (userId: string) => and(eq(users.id, userId), isNull(users.deletedAt));
const gone = () => new AppError('not_found', em('accountGone'));

/** What the settings page shows. */
export async function getAccountSettings(userId: string): Promise<AccountSettings | null> {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      avatarUrl: users.avatarUrl,
      billing: { company: users.billingCompany, address: users.billingAddress, taxCode: users.billingTaxCode },
    })
    .from(users)
    .where(active(userId));
  return row ?? null;
}

/** The workflows the user reviewed: their review lists show the user's name. */
async function reviewedWorkflowIds(executor: Executor, userId: string): Promise<string[]> {
  const rows = await executor
    .selectDistinct({ id: comments.workflowId })
    .from(comments)
    .where(eq(comments.userId, userId));
  return rows.map((r) => r.id);
}

/** Saves the invoice details the next invoices carry (issued invoices keep theirs). */
export async function updateInvoiceDetails(userId: string, details: InvoiceDetails): Promise<void> {
  const rows = await db
    .update(users)
    .set({ billingCompany: details.company, billingAddress: details.address, billingTaxCode: details.taxCode })
    .where(active(userId))
    .returning({ id: users.id });
  if (rows.length === 0) throw gone();
}

/** Renames the account; answers the workflows whose reviews show the name (for the caller's cache). */
export async function updateName(userId: string, name: string): Promise<{ reviewedWorkflowIds: string[] }> {
  return db.transaction(async (tx) => {
    const rows = await tx.update(users).set({ name }).where(active(userId)).returning({ id: users.id });
    if (rows.length === 0) throw gone();
    return { reviewedWorkflowIds: await reviewedWorkflowIds(tx, userId) };
  });
}

/** Sets (or with null removes) the avatar; answers the previous one, for the caller to delete the file. */
export async function setAvatar(userId: string, avatarUrl: string | null): Promise<string | null> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ avatarUrl: users.avatarUrl }).from(users).where(active(userId)).for('update');
    if (!before) throw gone();
    await tx.update(users).set({ avatarUrl }).where(active(userId));
    return before.avatarUrl;
  });
}

/**
 * Checks the current password and answers the hash it matched: writes that follow are conditional on
 * that hash, so a password changed meanwhile (another tab, a reset) makes them fail instead of win.
 */
async function verifyCurrentPassword(executor: Executor, userId: string, password: string): Promise<string> {
  const [row] = await executor.select({ passwordHash: users.passwordHash }).from(users).where(active(userId));
  if (!row) throw gone();
  if (!(await verifyPassword(row.passwordHash, password))) {
    throw new AppError('invalid', em('currentPasswordWrong'), { field: 'currentPassword' });
  }
  return row.passwordHash;
}

const changedMeanwhile = () => new AppError('conflict', em('passwordChangedMeanwhile'));

/**
 * A new sign-in email: needs the current password. Nothing changes yet: a confirmation link goes to the
 * new address and a notice to the old one (db/queries/email-confirmation); the change takes effect when
 * the link is used. An address that already has an account is a field error. Answers the new address.
 */
export async function changeEmail(
  userId: string,
  currentPassword: string,
  newEmail: string,
): Promise<{ pendingEmail: string }> {
  const email = newEmail.trim().toLowerCase();
  const verified = await verifyCurrentPassword(db, userId, currentPassword);
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(and(active(userId), eq(users.passwordHash, verified)))
      .for('update');
    if (!user) throw changedMeanwhile();
    await requestEmailChange(tx, user, email);
  });
  return { pendingEmail: email };
}

/**
 * A new password: needs the current one. Ends every session of the account, in the same transaction:
 * the session version is bumped (so a sign-in that checked the old password a moment before this
 * commit cannot keep a session either) and the rows are revoked. The caller signs its own browser
 * in again with the new password.
 */
export async function changePassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
  const verified = await verifyCurrentPassword(db, userId, currentPassword);
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(active(userId), eq(users.passwordHash, verified)))
      .returning({ id: users.id });
    if (!row) throw changedMeanwhile();
    await revokeSessions(userId, { tx });
  });
}

/**
 * Deletes an account (needs the password). The row stays, because purchases and invoices are the
 * shop's books, but the personal data goes: email and name replaced, avatar and password removed
 * (an unusable random hash), sessions ended, favourites, notifications and reset tokens deleted, and
 * the name and email on the user's contact messages anonymised. Answers the old avatar, for the
 * caller to delete the file, and the workflows whose reviews showed the name.
 */
export async function deleteAccount(
  userId: string,
  password: string,
): Promise<{ avatarUrl: string | null; reviewedWorkflowIds: string[] }> {
  const verified = await verifyCurrentPassword(db, userId, password);
  const unusableHash = await hashPassword(randomUUID() + randomUUID());
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ avatarUrl: users.avatarUrl })
      .from(users)
      .where(and(active(userId), eq(users.passwordHash, verified)))
      .for('update');
    if (!before) throw changedMeanwhile();
    await eraseAccount(tx, userId, unusableHash);
    return { avatarUrl: before.avatarUrl, reviewedWorkflowIds: await reviewedWorkflowIds(tx, userId) };
  });
}
