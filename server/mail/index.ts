import 'server-only';
import net from 'node:net';
import nodemailer, { type Transporter } from 'nodemailer';
import {
  attachmentRefs,
  claimDueMail,
  markMailAttemptFailed,
  markMailLogged,
  markMailsSent,
  noteMailWaiting,
  outboxIsEmbedded,
} from '@/db/queries/email-outbox';
import { invoiceForMail } from '@/db/queries/purchases';
import { env, isTest } from '@/lib/env';
import { buildInvoicePdf } from '@/lib/invoices/invoice-pdf';
import { renderAttachment, type MailAttachmentRef, type RenderedAttachment } from '@/lib/mail/attachments';
import type { MailLocale } from '@/lib/mail/email-text';

export type MailerConfig = {
  smtpUrl?: string | null;
  from: string;
  embedded: boolean;
  /** Messages in flight at once, over as many pooled SMTP connections (MAIL_CONCURRENCY). */
  concurrency?: number;
};

export const SMTP_NOT_SET =
  'SMTP_URL is not set: this mail waits in the queue. Set SMTP_URL (e.g. smtp://user:password@smtp.example.com:587) and restart; queued mail then goes out.';

/**
 * A pooled transport for one delivery run (closed when the run ends, so no connection idles between
 * runs): a batch goes out over `connections` kept-open connections instead of one handshake per message.
 */
function openTransport(smtpUrl: string, connections: number): Transporter {
  // Short timeouts: a hung SMTP server must not hold a claimed message past its lease. Given as the URL's
  // query, which nodemailer reads as transport options (an options object beside a URL is ignored; the
  // second argument of createTransport is the messages' defaults, not the transport's).
  const url = new URL(smtpUrl);
  const settings = {
    pool: 'true',
    maxConnections: String(connections),
    maxMessages: '500',
    connectionTimeout: '15000',
    greetingTimeout: '15000',
    socketTimeout: '60000',
  };
  for (const [name, value] of Object.entries(settings)) {
    if (!url.searchParams.has(name)) url.searchParams.set(name, value);
  }
  const transport = nodemailer.createTransport(url.toString());
  // nodemailer opens its TCP connections with Nagle's algorithm on: its small writes then wait for the
  // server's delayed ACK, about 40 ms a message on one connection (measured against a local SMTP server:
  // 45 ms a message, 2.2 ms with it off). Its pool takes a connected socket from getSocket (and still
  // upgrades it to TLS for smtps:// or STARTTLS), so the shop opens the sockets itself, without the delay.
  (transport.transporter as { getSocket?: typeof connectWithoutDelay }).getSocket = connectWithoutDelay;
  return transport;
}

type SocketOptions = { host?: string; port?: number; secure?: boolean; connectionTimeout?: number };

function connectWithoutDelay(
  options: SocketOptions,
  callback: (error: Error | null, socket?: { connection: net.Socket }) => void,
): void {
  const port = Number(options.port) || (options.secure ? 465 : 587);
  const socket = net.connect({ host: options.host ?? 'localhost', port, noDelay: true });
  const timer = setTimeout(
    () => socket.destroy(new Error(`Connection to ${options.host}:${port} timed out`)),
    Number(options.connectionTimeout) || 15_000,
  );
  socket.once('connect', () => {
    clearTimeout(timer);
    socket.removeAllListeners('error');
    callback(null, { connection: socket });
  });
  socket.once('error', (error) => {
    clearTimeout(timer);
    callback(error);
  });
}

/** Runs `work` on every item, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}

function appConfig(): MailerConfig {
  const { SMTP_URL, MAIL_FROM, MAIL_CONCURRENCY } = env();
  return { smtpUrl: SMTP_URL, from: MAIL_FROM, embedded: outboxIsEmbedded(), concurrency: MAIL_CONCURRENCY };
}

export type DeliveryReport = { sent: number; logged: number; retrying: number; failed: number; waiting: number };

let warnedNoSmtp = false;

/** Prints, once per process, that mail cannot go out (a real database without SMTP_URL). */
export function warnIfMailUndeliverable(config: MailerConfig = appConfig(), waiting?: number): void {
  if (config.smtpUrl || config.embedded || warnedNoSmtp) return;
  warnedNoSmtp = true;
  console.warn(
    `[mail] SMTP_URL is not set: outgoing mail${waiting ? ` (${waiting} message(s) now)` : ''} waits in the email_outbox queue and nobody receives it (password resets, email confirmations, receipts). Set SMTP_URL and restart; the admin page /admin/mail shows the queue.`,
  );
}

/**
 * The delivery worker: claims due pending mail (FOR UPDATE SKIP LOCKED, so several instances may run it
 * at once) and sends it through SMTP_URL, marking each 'sent', or scheduling a retry with exponential
 * backoff, or 'failed' after the last attempt. Without SMTP: on the embedded database the mail is marked
 * 'logged' (readable on the admin mail page); on a real database it stays pending with the cause as its
 * last error. Never throws for one bad message; never logs a body.
 *
 * A run keeps claiming while batches come back full (an update notice to thousands of buyers goes out in
 * one run, not 200 a minute), up to `maxBatches`; each batch is sent `concurrency` messages at a time over
 * as many pooled connections, well inside the claim's lease (MAIL_CLAIM_LEASE_MS).
 */
export async function deliverPendingMail(
  options: { now?: () => Date; config?: MailerConfig; batch?: number; maxBatches?: number } = {},
): Promise<DeliveryReport> {
  const config = options.config ?? appConfig();
  const now = options.now ?? (() => new Date());
  const batch = options.batch ?? 100;
  const concurrency = config.concurrency ?? 8;
  const report: DeliveryReport = { sent: 0, logged: 0, retrying: 0, failed: 0, waiting: 0 };
  if (!config.smtpUrl && !config.embedded) {
    report.waiting = await noteMailWaiting(SMTP_NOT_SET);
    if (report.waiting > 0) warnIfMailUndeliverable(config, report.waiting);
    return report;
  }
  const smtpUrl = config.smtpUrl;
  const transport = smtpUrl ? openTransport(smtpUrl, concurrency) : null;
  try {
    for (let round = 0; round < (options.maxBatches ?? 1000); round++) {
      const claimed = await claimDueMail(now(), batch);
      const refs = await attachmentRefs(claimed.map((m) => m.id));
      const delivered: typeof claimed = [];
      await eachLimited(claimed, smtpUrl ? concurrency : 1, async (mail) => {
        if (!smtpUrl) {
          await markMailLogged(mail, now());
          report.logged++;
          return;
        }
        try {
          const attachments = await renderAttachments(refs.get(mail.id) ?? []);
          await transport!.sendMail({
            from: config.from,
            to: mail.to,
            subject: mail.subject,
            text: mail.text,
            ...(mail.html ? { html: mail.html } : {}),
            ...(attachments.length ? { attachments } : {}),
          });
          delivered.push(mail);
          report.sent++;
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          const status = await markMailAttemptFailed(mail, reason, now());
          if (status === 'failed') report.failed++;
          else report.retrying++;
          console.error(
            `[mail] attempt ${mail.attempts} to deliver "${mail.subject}" failed${status === 'failed' ? ' (given up)' : ' (will retry)'}: ${reason}`,
          );
        }
      });
      // Marked in one statement per batch: sent messages whose run dies before this are sent again after
      // their lease (at least once, as before).
      await markMailsSent(delivered, now());
      if (claimed.length < batch) break;
    }
  } finally {
    transport?.close();
  }
  return report;
}

async function invoicePdf(invoiceId: string, locale: MailLocale): Promise<Uint8Array | null> {
  const invoice = await invoiceForMail(invoiceId);
  return invoice ? buildInvoicePdf(invoice, locale) : null;
}

/** A message's attachments, rendered now from their references (a vanished invoice is left out). */
async function renderAttachments(refs: MailAttachmentRef[]): Promise<RenderedAttachment[]> {
  const rendered = await Promise.all(refs.map((ref) => renderAttachment(ref, invoicePdf)));
  return rendered.filter((a): a is RenderedAttachment => a !== null);
}

let running: Promise<void> | null = null;
let again = false;

/**
 * Starts a delivery run in the background right after a request queued mail (call it after the
 * transaction committed), so mail goes out promptly; the maintenance timer catches anything left.
 * Runs at most one at a time per process (a kick during a run schedules one more). Tests call
 * deliverPendingMail themselves, so it does nothing under NODE_ENV=test.
 */
export function kickMailDelivery(): void {
  if (isTest()) return;
  if (running) {
    again = true;
    return;
  }
  running = (async () => {
    do {
      again = false;
      await deliverPendingMail();
    } while (again);
  })()
    .catch((error: unknown) => console.error('[mail] delivery run failed (the maintenance timer retries):', error))
    .finally(() => {
      running = null;
    });
}

/** Settles when the delivery run started by kickMailDelivery (if any) is over (a graceful stop waits). */
export function mailDeliveryIdle(): Promise<void> {
  return running ?? Promise.resolve();
}
