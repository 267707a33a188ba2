import 'server-only';
import { activeAccount } from '@/db/active-accounts';
import { and, eq } from 'drizzle-orm';
import { formatDateTime } from '@/lib/format-date-time';
import { signInAlertEmail } from '@/lib/mail/sign-in-alert-email';
import { mailLocale, noticeText } from '@/lib/mail/email-text';
import { db } from '@/db';
import { users } from '@/db/schema';
import { enqueueMail } from './email-outbox';
import { createNotification } from './notifications';

/**
 * Tells an account's owner that its password is being guessed: an in-app WARNING notice and an email,
 * queued in one transaction (the caller kicks delivery). Nothing when no active account has this email (the caller keys
 * attempts on the email typed, which may belong to nobody). Answers whether the owner was told.
 */
export async function notifySignInBurst(email: string, failures: number, now = new Date()): Promise<boolean> {
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
    .from(users)
    .where(and(eq(users.email, email), activeAccount()));
  if (!user) return false;
  await db.transaction(async (tx) => {
    await createNotification(tx, {
      userId: user.id,
      type: 'WARNING',
      ...noticeText(mailLocale(user.locale), 'signInBurst', {
        count: failures,
        at: formatDateTime(now, mailLocale(user.locale)),
      }),
      link: '/account/settings',
    });
    await enqueueMail(tx, { to: user.email, ...signInAlertEmail(user.name, failures, mailLocale(user.locale)) }, now);
  });
  return true;
}
