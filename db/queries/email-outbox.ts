import 'server-only';
import { and, asc, count, desc, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { MailAttachmentRef } from '@/lib/mail/attachments';
import { decryptBody, encryptBody } from '@/lib/mail/crypto';
import { db, dbHandle, type Executor } from '@/db';
import { emailOutbox } from '@/db/schema';
import { assertActiveAdmin } from './admin/guard';

/**
 * email_outbox is the delivery queue of outgoing mail. A message is queued ('pending') inside the
 * transaction of the change that causes it, so a rolled-back change queues nothing; the delivery worker
 * (server/mail) claims due rows and marks them 'sent', retries them with backoff, or marks them 'failed'
 * after the last attempt. 'logged' is the embedded demo without SMTP: kept for the admin mail page.
 */
export type OutboxStatus = 'pending' | 'logged' | 'sent' | 'failed';

export type QueuedMail = {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  sensitive?: boolean;
  /** Rendered at delivery (lib/mail/attachments.ts): references only, never file contents. */
  attachments?: MailAttachmentRef[];
};

/** What a sent (or given-up) token-bearing message keeps instead of its body. */
export const REDACTED_BODY =
  '[Not kept: this message carried a one-time link. Only its address and subject are kept after delivery.]';

/** Attempts before a message is given up ('failed'). */
export const MAIL_MAX_ATTEMPTS = 6;
/** The wait after the first failed attempt; it doubles with each further one (1, 2, 4, 8, 16 minutes). */
export const MAIL_RETRY_BASE_MS = 60_000;
const MAIL_RETRY_MAX_MS = 6 * 3_600_000;
/** How long a claimed message is reserved for the worker sending it (a crashed worker's claim runs out). */
export const MAIL_CLAIM_LEASE_MS = 5 * 60_000;

export function retryDelayMs(attempts: number): number {
  return Math.min(MAIL_RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1), MAIL_RETRY_MAX_MS);
}

/**
 * Queues one message on `executor` (pass the transaction of the change that causes it). A sensitive
 * message's bodies are stored encrypted (lib/mail/crypto). Does no network I/O: the caller kicks the
 * delivery after its transaction commits (server/mail `kickMailDelivery`).
 */
export async function enqueueMail(executor: Executor, mail: QueuedMail, now = new Date()): Promise<string> {
  const sensitive = Boolean(mail.sensitive);
  const [row] = await executor
    .insert(emailOutbox)
    .values({
      to: mail.to.trim(),
      subject: mail.subject,
      text: sensitive ? encryptBody(mail.text) : mail.text,
      html: mail.html == null ? null : sensitive ? encryptBody(mail.html) : mail.html,
      sensitive,
      attachments: mail.attachments?.length ? mail.attachments : null,
      status: 'pending',
      nextAttemptAt: now,
    })
    .returning({ id: emailOutbox.id });
  if (!row) throw new Error('email_outbox insert returned no row');
  return row.id;
}

export type ClaimedMail = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  sensitive: boolean;
  attempts: number;
};

/**
 * Claims up to `limit` due pending messages for this worker: one UPDATE over rows picked with
 * `FOR UPDATE SKIP LOCKED`, which counts the attempt and moves next_attempt_at past a lease, so two
 * workers (instances) never claim one message at once. Bodies come back decrypted.
 */
export async function claimDueMail(now = new Date(), limit = 20): Promise<ClaimedMail[]> {
  const due = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.status, 'pending'), lte(emailOutbox.nextAttemptAt, now)))
    .orderBy(asc(emailOutbox.nextAttemptAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  const rows = await db
    .update(emailOutbox)
    .set({ attempts: sql`${emailOutbox.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + MAIL_CLAIM_LEASE_MS) })
    .where(and(inArray(emailOutbox.id, due), eq(emailOutbox.status, 'pending')))
    .returning({
      id: emailOutbox.id,
      to: emailOutbox.to,
      subject: emailOutbox.subject,
      text: emailOutbox.text,
      html: emailOutbox.html,
      sensitive: emailOutbox.sensitive,
      attempts: emailOutbox.attempts,
    });
  return rows.map((r) => ({ ...r, text: decryptBody(r.text), html: r.html == null ? null : decryptBody(r.html) }));
}

/** The attachment references of claimed messages (only those that have any), by message id. */
export async function attachmentRefs(ids: string[]): Promise<Map<string, MailAttachmentRef[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: emailOutbox.id, attachments: emailOutbox.attachments })
    .from(emailOutbox)
    .where(and(inArray(emailOutbox.id, ids), isNotNull(emailOutbox.attachments)));
  return new Map(rows.map((r) => [r.id, r.attachments ?? []]));
}

const redacted = { text: REDACTED_BODY, html: null };

/** Delivered (a batch of messages): a sensitive message's body is dropped (address, subject and times stay). */
export async function markMailsSent(mails: Pick<ClaimedMail, 'id' | 'sensitive'>[], now = new Date()): Promise<void> {
  // One statement for the sensitive messages (their bodies dropped) and one for the others, per batch.
  for (const sensitive of [true, false]) {
    const ids = mails.filter((m) => m.sensitive === sensitive).map((m) => m.id);
    if (ids.length === 0) continue;
    await db
      .update(emailOutbox)
      .set({ status: 'sent', sentAt: now, error: null, ...(sensitive ? redacted : {}) })
      .where(inArray(emailOutbox.id, ids));
  }
}

/** Embedded database without SMTP: kept (still encrypted when sensitive) for the admin mail page. */
export async function markMailLogged(mail: Pick<ClaimedMail, 'id'>, now = new Date()): Promise<void> {
  await db.update(emailOutbox).set({ status: 'logged', sentAt: now, error: null }).where(eq(emailOutbox.id, mail.id));
}

/**
 * A failed attempt: retried after a growing delay, or 'failed' once MAIL_MAX_ATTEMPTS are spent (a
 * sensitive message's body is dropped then too). Answers the new status.
 */
export async function markMailAttemptFailed(
  mail: Pick<ClaimedMail, 'id' | 'sensitive' | 'attempts'>,
  error: string,
  now = new Date(),
): Promise<'pending' | 'failed'> {
  const reason = error.slice(0, 1000);
  if (mail.attempts >= MAIL_MAX_ATTEMPTS) {
    await db
      .update(emailOutbox)
      .set({ status: 'failed', error: reason, ...(mail.sensitive ? redacted : {}) })
      .where(eq(emailOutbox.id, mail.id));
    return 'failed';
  }
  await db
    .update(emailOutbox)
    .set({ error: reason, nextAttemptAt: new Date(now.getTime() + retryDelayMs(mail.attempts)) })
    .where(eq(emailOutbox.id, mail.id));
  return 'pending';
}

/**
 * No way to deliver yet (no SMTP_URL on a real database): pending messages stay queued, untouched
 * but for their last error, which names the cause for the admin mail page. Answers how many wait.
 */
export async function noteMailWaiting(reason: string): Promise<number> {
  const [waiting] = await db.select({ n: count() }).from(emailOutbox).where(eq(emailOutbox.status, 'pending'));
  await db
    .update(emailOutbox)
    .set({ error: reason })
    .where(and(eq(emailOutbox.status, 'pending'), sql`${emailOutbox.error} is distinct from ${reason}`));
  return waiting?.n ?? 0;
}

/** True on the embedded database (PGlite): the only place mail may be kept readable without SMTP. */
export function outboxIsEmbedded(): boolean {
  return dbHandle().driver === 'pglite';
}

export type OutboxRow = {
  id: string;
  to: string;
  subject: string;
  status: string;
  sensitive: boolean;
  attempts: number;
  error: string | null;
  createdAt: Date;
  nextAttemptAt: Date;
  sentAt: Date | null;
  /** Only on the embedded database; elsewhere always null. */
  text: string | null;
};

export const OUTBOX_PAGE_SIZE = 50;

/**
 * The queue for the admin mail page, newest first: address, subject, status, attempts, last error and
 * times everywhere; readable bodies (decrypted) only on the embedded database.
 */
export async function listOutbox(
  adminId: string,
  page = 1,
): Promise<{
  rows: OutboxRow[];
  total: number;
  byStatus: Record<string, number>;
  embedded: boolean;
  pageCount: number;
}> {
  await assertActiveAdmin(db, adminId);
  const embedded = outboxIsEmbedded();
  const rows = await db
    .select({
      id: emailOutbox.id,
      to: emailOutbox.to,
      subject: emailOutbox.subject,
      status: emailOutbox.status,
      sensitive: emailOutbox.sensitive,
      attempts: emailOutbox.attempts,
      error: emailOutbox.error,
      createdAt: emailOutbox.createdAt,
      nextAttemptAt: emailOutbox.nextAttemptAt,
      sentAt: emailOutbox.sentAt,
      text: emailOutbox.text,
    })
    .from(emailOutbox)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(OUTBOX_PAGE_SIZE)
    .offset((Math.max(1, page) - 1) * OUTBOX_PAGE_SIZE);
  const counts = await db
    .select({ status: emailOutbox.status, n: count() })
    .from(emailOutbox)
    .groupBy(emailOutbox.status);
  const byStatus = Object.fromEntries(counts.map((c) => [c.status, c.n]));
  const total = counts.reduce((sum, c) => sum + c.n, 0);
  return {
    rows: rows.map((r) => ({ ...r, text: embedded ? safeDecrypt(r.text) : null })),
    total,
    byStatus,
    embedded,
    pageCount: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)),
  };
}

function safeDecrypt(value: string): string {
  try {
    return decryptBody(value);
  } catch {
    return '[encrypted with another AUTH_SECRET: cannot be shown]';
  }
}
