import 'server-only';
import { activeAccount } from '@/db/active-accounts';
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, isNull, ne } from 'drizzle-orm';
import { AppError, em } from '@/lib/errors';
import { emailChangeNoticeEmail, emailConfirmationEmail } from '@/lib/mail/templates';
import { mailLocale, type MailLocale } from '@/lib/mail/email-text';
import { db, isUniqueViolation, type Executor } from '@/db';
import { emailConfirmationTokens, users } from '@/db/schema';
import { enqueueMail } from './email-outbox';
import { hitRateLimits, type RateLimitRule } from './rate-limits';
import { revokeSessions } from './sessions';

/** A confirmation link works once, for 24 hours. */
export const CONFIRM_TOKEN_TTL_MS = 24 * 3_600_000;
/** "Resend confirmation email": per account and per address (IP), so it cannot flood a mailbox. */
export const RESEND_RATE_LIMIT: RateLimitRule = { limit: 3, windowMs: 3_600_000 };
export const RESEND_IP_RATE_LIMIT: RateLimitRule = { limit: 10, windowMs: 3_600_000 };

/** Only this hash is stored; the token itself exists only in the mailed link. */
export function hashConfirmationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const activeUser = (userId: string) => and(eq(users.id, userId), activeAccount());

/** The language an account's emails are written in (users.locale). */
async function accountLocale(executor: Executor, userId: string): Promise<MailLocale> {
  const [row] = await executor.select({ locale: users.locale }).from(users).where(eq(users.id, userId));
  return mailLocale(row?.locale);
}

/**
 * Creates a confirmation token for `email` and queues its link (a sensitive mail: encrypted while
 * queued, dropped once sent) on `executor`, the transaction of the change that asks for it.
 */
export async function issueEmailConfirmation(
  executor: Executor,
  input: { userId: string; name: string; email: string; purpose: 'register' | 'change' },
  now = new Date(),
): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  const locale = await accountLocale(executor, input.userId);
  await executor.insert(emailConfirmationTokens).values({
    userId: input.userId,
    email: input.email,
    tokenHash: hashConfirmationToken(token),
    expiresAt: new Date(now.getTime() + CONFIRM_TOKEN_TTL_MS),
  });
  await enqueueMail(
    executor,
    { to: input.email, ...emailConfirmationEmail(input.name, token, input.purpose, locale), sensitive: true },
    now,
  );
}

export type EmailStatus = { email: string; verified: boolean; pendingEmail: string | null };

/** Whether the account's address is confirmed, and a requested new address still waiting for its confirmation. */
export async function getEmailStatus(userId: string, now = new Date()): Promise<EmailStatus | null> {
  const [user] = await db
    .select({ email: users.email, verifiedAt: users.emailVerifiedAt })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deletedAt)));
  if (!user) return null;
  const [pending] = await db
    .select({ email: emailConfirmationTokens.email })
    .from(emailConfirmationTokens)
    .where(
      and(
        eq(emailConfirmationTokens.userId, userId),
        ne(emailConfirmationTokens.email, user.email),
        isNull(emailConfirmationTokens.usedAt),
        gt(emailConfirmationTokens.expiresAt, now),
      ),
    )
    .orderBy(desc(emailConfirmationTokens.createdAt))
    .limit(1);
  return { email: user.email, verified: user.verifiedAt !== null, pendingEmail: pending?.email ?? null };
}

/**
 * Mails a new confirmation link for the account's own address (the banner's "Resend" button), limited
 * per account and per IP. `already` when the address is confirmed meanwhile.
 */
export async function resendEmailConfirmation(
  userId: string,
  from: { ip: string },
  now = new Date(),
): Promise<{ result: 'sent' | 'already' }> {
  const verdict = await hitRateLimits(
    [
      { key: `confirm-resend:user:${userId}`, rule: RESEND_RATE_LIMIT },
      { key: `confirm-resend:ip:${from.ip}`, rule: RESEND_IP_RATE_LIMIT },
    ],
    now,
  );
  if (!verdict.allowed) {
    throw new AppError('rate_limited', em('confirmResendLimited'));
  }
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, name: users.name, email: users.email, verifiedAt: users.emailVerifiedAt })
      .from(users)
      .where(activeUser(userId));
    if (!user) throw new AppError('not_found', em('accountGone'));
    if (user.verifiedAt) return { result: 'already' as const };
    await issueEmailConfirmation(tx, { userId: user.id, name: user.name, email: user.email, purpose: 'register' }, now);
    return { result: 'sent' as const };
  });
}

const INVALID_LINK = em('confirmLinkInvalid');

export type ConfirmationResult =
  { kind: 'verified'; userId: string; email: string } | { kind: 'changed'; userId: string; email: string };

/**
 * Uses a confirmation link: the token is spent by one conditional UPDATE (unused, unexpired), so a
 * link works once. For the account's own address it marks the address confirmed; for a new address it
 * makes it the account's email (confirmed), spends the account's other pending change links and ends
 * the account's other sessions (all of them, but `current` when that is the account's own browser). A new address taken meanwhile by another
 * account is a conflict and nothing changes (the link stays unused).
 */
export async function confirmEmailWithToken(
  token: string,
  current?: { userId: string; sessionId: string } | null,
  now = new Date(),
): Promise<ConfirmationResult> {
  try {
    return await db.transaction(async (tx) => {
      const [used] = await tx
        .update(emailConfirmationTokens)
        .set({ usedAt: now })
        .where(
          and(
            eq(emailConfirmationTokens.tokenHash, hashConfirmationToken(token)),
            isNull(emailConfirmationTokens.usedAt),
            gt(emailConfirmationTokens.expiresAt, now),
          ),
        )
        .returning({ userId: emailConfirmationTokens.userId, email: emailConfirmationTokens.email });
      if (!used) throw new AppError('invalid', INVALID_LINK);
      const [user] = await tx
        .select({ id: users.id, email: users.email })
        .from(users)
        .where(activeUser(used.userId))
        .for('update');
      if (!user) throw new AppError('invalid', INVALID_LINK);
      if (user.email === used.email) {
        await tx
          .update(users)
          .set({ emailVerifiedAt: now })
          .where(and(eq(users.id, user.id), isNull(users.emailVerifiedAt)));
        return { kind: 'verified' as const, userId: user.id, email: user.email };
      }
      await tx.update(users).set({ email: used.email, emailVerifiedAt: now }).where(eq(users.id, user.id));
      await revokeSessions(user.id, { tx, keep: current?.userId === user.id ? current.sessionId : undefined });
      await tx
        .update(emailConfirmationTokens)
        .set({ usedAt: now })
        .where(and(eq(emailConfirmationTokens.userId, user.id), isNull(emailConfirmationTokens.usedAt)));
      return { kind: 'changed' as const, userId: user.id, email: used.email };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_unique')) {
      throw new AppError('conflict', em('emailTakenMeanwhile'), { cause: error });
    }
    throw error;
  }
}

/** True while the link can still be used (for the confirm page; confirming re-checks atomically). */
export async function isConfirmationTokenUsable(token: string, now = new Date()): Promise<boolean> {
  const [row] = await db
    .select({ id: emailConfirmationTokens.id })
    .from(emailConfirmationTokens)
    .where(
      and(
        eq(emailConfirmationTokens.tokenHash, hashConfirmationToken(token)),
        isNull(emailConfirmationTokens.usedAt),
        gt(emailConfirmationTokens.expiresAt, now),
      ),
    );
  return Boolean(row);
}

/**
 * Asks to change the sign-in email (after the caller checked the current password): queues a
 * confirmation link to the new address and a notice to the old one, in one transaction. Nothing
 * changes until the link is used. An address that already has an account is a field error.
 */
export async function requestEmailChange(
  executor: Executor,
  user: { id: string; name: string; email: string },
  newEmail: string,
  now = new Date(),
): Promise<void> {
  if (newEmail === user.email) {
    throw new AppError('invalid', em('emailAlreadyYours'), { field: 'email' });
  }
  // An early, friendly answer only: the unique index decides when the link is used.
  const [taken] = await executor.select({ id: users.id }).from(users).where(eq(users.email, newEmail));
  if (taken) {
    throw new AppError('conflict', em('emailTaken'), { field: 'email' });
  }
  await issueEmailConfirmation(executor, { userId: user.id, name: user.name, email: newEmail, purpose: 'change' }, now);
  const locale = await accountLocale(executor, user.id);
  await enqueueMail(executor, { to: user.email, ...emailChangeNoticeEmail(user.name, newEmail, locale) }, now);
}
