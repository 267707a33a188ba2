import 'server-only';
import { activeAccount } from '@/db/active-accounts';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { hashPassword } from '@/lib/auth/password';
import { AppError, em } from '@/lib/errors';
import { passwordResetEmail } from '@/lib/mail/templates';
import { mailLocale } from '@/lib/mail/email-text';
import { db } from '@/db';
import { passwordResetTokens, users } from '@/db/schema';
import { enqueueMail } from './email-outbox';
import { hitRateLimits, type RateLimitRule } from './rate-limits';

export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;
/** Reset emails per hour per address and per IP, so the form cannot be used to flood a mailbox. */
export const RESET_RATE_LIMIT: RateLimitRule = { limit: 5, windowMs: 60 * 60 * 1000 };

/** Only this hash is stored; the token itself exists only in the emailed link. */
export function hashResetToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Emails a reset link when an active account has this address; does nothing otherwise (the caller
 * answers the same either way). The token is 32 random bytes, valid one hour, single use.
 * Answers whether an email was queued (for tests and logs, never for the visitor); the caller kicks
 * the delivery (server/mail `kickMailDelivery`) after it returns.
 */
export async function requestPasswordReset(
  rawEmail: string,
  from: { ip: string },
  now = new Date(),
): Promise<{ sent: boolean }> {
  const email = rawEmail.trim().toLowerCase();
  const verdict = await hitRateLimits(
    [
      { key: `reset:email:${email}`, rule: RESET_RATE_LIMIT },
      { key: `reset:ip:${from.ip}`, rule: RESET_RATE_LIMIT },
    ],
    now,
  );
  if (!verdict.allowed) return { sent: false };
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
    .from(users)
    .where(and(eq(users.email, email), activeAccount()));
  if (!user) return { sent: false };
  const token = randomBytes(32).toString('base64url');
  // The token row and its (encrypted, sensitive) mail are one transaction: no link without its row.
  await db.transaction(async (tx) => {
    await tx.insert(passwordResetTokens).values({
      userId: user.id,
      tokenHash: hashResetToken(token),
      expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS),
    });
    await enqueueMail(tx, {
      to: user.email,
      ...passwordResetEmail(user.name, token, mailLocale(user.locale)),
      sensitive: true,
    });
  });
  return { sent: true };
}

/** True while the token can still be used (for the reset page; the reset itself re-checks atomically). */
export async function isResetTokenUsable(token: string, now = new Date()): Promise<boolean> {
  const [row] = await db
    .select({ id: passwordResetTokens.id })
    .from(passwordResetTokens)
    .where(
      and(
        eq(passwordResetTokens.tokenHash, hashResetToken(token)),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, now),
      ),
    );
  return Boolean(row);
}

const INVALID_LINK = em('resetLinkInvalid');

/**
 * Sets a new password with a reset token. The token is consumed by one conditional UPDATE (unused and
 * unexpired), so two uses at once cannot both succeed. The session version is bumped, ending every
 * session of the account, and the account's other outstanding tokens are spent too.
 */
export async function resetPasswordWithToken(
  token: string,
  newPassword: string,
  now = new Date(),
): Promise<{ userId: string; email: string }> {
  const passwordHash = await hashPassword(newPassword);
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, hashResetToken(token)),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, now),
        ),
      )
      .returning({ userId: passwordResetTokens.userId });
    if (!used) throw new AppError('invalid', INVALID_LINK);
    const [user] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(eq(users.id, used.userId), isNull(users.deletedAt)))
      .returning({ id: users.id, email: users.email });
    if (!user) throw new AppError('invalid', INVALID_LINK);
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(and(eq(passwordResetTokens.userId, user.id), isNull(passwordResetTokens.usedAt)));
    return { userId: user.id, email: user.email };
  });
}
