import { fork } from 'node:child_process';
import path from 'node:path';
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

/** An SMTP sink in its own process (scripts/lib/smtp-sink-process.ts): its URL, what it received, and close. */
export async function startSmtpSinkProcess(): Promise<{
  url: string;
  recipients: () => Promise<string[]>;
  close: () => void;
}> {
  const child = fork(path.join(process.cwd(), 'scripts/lib/smtp-sink-process.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the SMTP sink process exited (${code})`)));
    child.once('message', (m) => resolve((m as { port: number }).port));
  });
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    recipients: () =>
      new Promise<string[]>((resolve) => {
        child.once('message', (m) => resolve((m as { recipients: string[] }).recipients));
        child.send('recipients');
      }),
    close: () => child.disconnect(),
  };
}
