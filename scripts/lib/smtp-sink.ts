/**
 * A real local SMTP server that accepts every message (the e2e run's mailbox, and the tests' SMTP
 * server): smtp-server by the nodemailer authors, messages parsed with mailparser. With `dir`, each
 * message is also written there as `<time>-<n>.eml`, for another process (Playwright) to read.
 * `reject(n)` (n = 1 for the first message) makes the server refuse that message with a 4xx/5xx.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type SinkMail = { to: string[]; subject: string; text: string; html: string; raw: string };
export type SmtpSink = { url: string; port: number; messages: SinkMail[]; close: () => Promise<void> };

function addresses(parsed: ParsedMail): string[] {
  const list = Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : [];
  return list.flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));
}

/**
 * `envelopeOnly`: keep only each message's envelope recipients (what the server accepted), without parsing
 * the message: for tests that time delivery, where parsing would cost the sink more than the sender.
 */
export async function startSmtpSink(
  options: { dir?: string; reject?: (n: number) => boolean; envelopeOnly?: boolean } = {},
): Promise<SmtpSink> {
  const messages: SinkMail[] = [];
  let received = 0;
  if (options.dir) mkdirSync(options.dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      if (options.envelopeOnly) {
        stream.resume();
        stream.on('end', () => {
          received++;
          const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
          messages.push({ to, subject: '', text: '', html: '', raw: '' });
          callback();
        });
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const n = ++received;
        if (options.reject?.(n)) {
          const error = Object.assign(new Error('Mailbox temporarily unavailable (test sink)'), { responseCode: 451 });
          callback(error);
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw)
          .then((parsed) => {
            const mail: SinkMail = {
              to: addresses(parsed),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              raw,
            };
            messages.push(mail);
            if (options.dir)
              writeFileSync(path.join(options.dir, `${Date.now()}-${String(n).padStart(5, '0')}.eml`), raw);
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  // Replies go out at once (no Nagle delay waiting for the client's delayed ACK), as a real MTA's do.
  server.server.on('connection', (socket: Socket) => socket.setNoDelay(true));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    port,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
