import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { emailOutbox } from '@/db/schema';
import { decryptBody } from '@/lib/mail/crypto';
import { startSmtpSink, type SmtpSink } from '@/scripts/lib/smtp-sink';

export { startSmtpSink, type SmtpSink };

/** The outbox rows to one address, oldest first (bodies as stored). */
export async function outboxRowsTo(to: string, subject?: string) {
  return db
    .select()
    .from(emailOutbox)
    .where(subject ? and(eq(emailOutbox.to, to), eq(emailOutbox.subject, subject)) : eq(emailOutbox.to, to))
    .orderBy(asc(emailOutbox.createdAt), asc(emailOutbox.id));
}

/**
 * The text of the latest queued mail to `to`, decrypted with the app's key, as the delivery worker
 * would send it (tests of features that mail a link read it here; the raw row never holds it).
 */
export async function latestQueuedMailText(to: string, subject?: string): Promise<string> {
  const row = (await outboxRowsTo(to, subject)).at(-1);
  if (!row) throw new Error(`no mail queued to ${to}`);
  return decryptBody(row.text);
}

/** The first match of `pattern`'s group 1 in the latest mail to `to`. */
export async function linkToken(to: string, pattern: RegExp, subject?: string): Promise<string> {
  const text = await latestQueuedMailText(to, subject);
  const match = pattern.exec(text);
  if (!match?.[1]) throw new Error(`no ${pattern} in: ${text}`);
  return match[1];
}
