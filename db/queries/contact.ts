import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { AppError, em } from '@/lib/errors';
import { contactReplyEmail } from '@/lib/mail/templates';
import { emailTranslator, mailLocale } from '@/lib/mail/email-text';
import { db } from '@/db';
import { contactMessages, users } from '@/db/schema';
import { adminTransaction } from './admin/guard';
import { enqueueMail, type OutboxStatus } from './email-outbox';
import { createNotification, notifyAdmins } from './notifications';
import { env } from '@/lib/env';
import { hitRateLimits, type RateLimitRule } from './rate-limits';

/** CONTACT_LIMIT_PER_HOUR (default 5) messages per hour per IP address and per sender email, counted in Postgres. */
function contactRateLimit(): RateLimitRule {
  return { limit: env().CONTACT_LIMIT_PER_HOUR, windowMs: 60 * 60 * 1000 };
}

export type ContactMessageInput = { name: string; email: string; subject: string; message: string };

/**
 * Saves a contact message and notifies the admins, in one transaction, after counting it against the
 * per-IP and per-email limits (refused with `rate_limited`).
 */
export async function submitContactMessage(
  input: ContactMessageInput,
  from: { ip: string; userId?: string | null },
  now = new Date(),
): Promise<{ id: string }> {
  const email = input.email.trim().toLowerCase();
  const verdict = await hitRateLimits(
    [
      { key: `contact:ip:${from.ip}`, rule: contactRateLimit() },
      { key: `contact:email:${email}`, rule: contactRateLimit() },
    ],
    now,
  );
  if (!verdict.allowed) {
    throw new AppError('rate_limited', em('contactLimited'));
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(contactMessages)
      .values({ ...input, email, userId: from.userId ?? null })
      .returning({ id: contactMessages.id });
    if (!row) throw new Error('contact message insert returned no row');
    await notifyAdmins(tx, {
      type: 'SUCCESS',
      title: 'New contact message',
      message: `${input.name} <${email}>: ${input.subject}`,
      link: '/admin/messages',
    });
    return { id: row.id };
  });
}

const NOTIFICATION_EXCERPT = 400;

/**
 * An admin's answer to a contact message: saved and marked replied (once: a second reply is a conflict),
 * notified in-app when the sender has an account (the signed-in sender, or an account with that email),
 * and an email to the sender queued in the same transaction (the caller kicks the delivery after it
 * commits; the admin mail page shows how it went).
 */
export async function replyToContactMessage(
  adminId: string,
  messageId: string,
  reply: string,
): Promise<{ id: string; notifiedUserId: string | null; mail: { id: string; status: OutboxStatus } }> {
  const text = reply.trim();
  if (text.length < 2) throw new AppError('invalid', em('replyRequired'), { field: 'reply' });
  const replied = await adminTransaction(adminId, async (tx) => {
    const [row] = await tx
      .update(contactMessages)
      .set({ reply: text, repliedAt: sql`now()` })
      .where(and(eq(contactMessages.id, messageId), isNull(contactMessages.repliedAt)))
      .returning({
        id: contactMessages.id,
        name: contactMessages.name,
        email: contactMessages.email,
        subject: contactMessages.subject,
        message: contactMessages.message,
        userId: contactMessages.userId,
      });
    if (!row) {
      const [exists] = await tx
        .select({ id: contactMessages.id })
        .from(contactMessages)
        .where(eq(contactMessages.id, messageId));
      throw exists
        ? new AppError('conflict', em('messageAlreadyAnswered'))
        : new AppError('not_found', em('messageMissing'));
    }
    const [account] = await tx
      .select({ id: users.id, locale: users.locale })
      .from(users)
      .where(and(row.userId ? eq(users.id, row.userId) : eq(users.email, row.email), isNull(users.deletedAt)));
    if (account) {
      await createNotification(tx, {
        userId: account.id,
        type: 'SUCCESS',
        title: emailTranslator(mailLocale(account.locale))('notice.contactAnswered.title', { subject: row.subject }),
        message: text.length > NOTIFICATION_EXCERPT ? `${text.slice(0, NOTIFICATION_EXCERPT)}…` : text,
        link: '/contact',
      });
    }
    const mailId = await enqueueMail(tx, {
      to: row.email,
      ...contactReplyEmail(
        { name: row.name, subject: row.subject, message: row.message, reply: text },
        mailLocale(account?.locale),
      ),
    });
    return { id: row.id, notifiedUserId: account?.id ?? null, mail: { id: mailId, status: 'pending' as const } };
  });
  return replied;
}
