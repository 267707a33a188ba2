import 'server-only';
import { activeAccount } from '@/db/active-accounts';
import { and, eq } from 'drizzle-orm';
import { formatDateTime } from '@/lib/format-date-time';
import { signInAlertEmail } from '@/lib/mail/sign-in-alert-email';
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
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.email, email), activeAccount()));
  if (!user) return false;
  await db.transaction(async (tx) => {
    await createNotification(tx, {
      userId: user.id,
      type: 'WARNING',
      title: 'Failed sign-in attempts on your account',
      message: `Somebody tried to sign in to your account with a wrong password ${failures} times before ${formatDateTime(now)}. Your account is not locked; if it was not you, choose a new, long password.`,
      link: '/account/settings',
    });
    await enqueueMail(tx, { to: user.email, ...signInAlertEmail(user.name, failures) }, now);
  });
  return true;
}
