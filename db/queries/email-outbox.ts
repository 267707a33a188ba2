import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { emailOutbox } from '@/db/schema';

export type OutboxStatus = 'logged' | 'sent' | 'failed';

export type OutboxEntry = {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  status: OutboxStatus;
  error?: string | null;
};

/** Records one outgoing message (every message is recorded, whether or not SMTP is configured). */
export async function recordEmail(entry: OutboxEntry): Promise<string> {
  const [row] = await db
    .insert(emailOutbox)
    .values({
      to: entry.to,
      subject: entry.subject,
      text: entry.text,
      html: entry.html ?? null,
      status: entry.status,
      error: entry.error ?? null,
    })
    .returning({ id: emailOutbox.id });
  if (!row) throw new Error('email_outbox insert returned no row');
  return row.id;
}

/** The latest messages to one address, newest first (local runs and tests read "sent" mail here). */
export async function listEmailsTo(to: string, limit = 20) {
  return db
    .select({
      id: emailOutbox.id,
      subject: emailOutbox.subject,
      text: emailOutbox.text,
      html: emailOutbox.html,
      status: emailOutbox.status,
      createdAt: emailOutbox.createdAt,
    })
    .from(emailOutbox)
    .where(eq(emailOutbox.to, to.trim()))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(limit);
}
