import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { simpleParser } from 'mailparser';

/**
 * Mail the app sent during the e2e run, read from the local SMTP sink's folder (scripts/e2e.ts starts
 * it and points the server's SMTP_URL at it): real delivery, on PGlite and on Postgres alike.
 */
export const hasMailSink = Boolean(process.env.E2E_MAIL_DIR);

export type ReceivedAttachment = { filename: string; contentType: string; cid?: string; content: Buffer };
export type ReceivedMail = {
  to: string[];
  subject: string;
  text: string;
  /** The HTML part as sent (`cid:` links kept). */
  html: string;
  attachments: ReceivedAttachment[];
  file: string;
};

async function readAll(): Promise<ReceivedMail[]> {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error('No mail sink: run the e2e tests with `npm run test:e2e` (scripts/e2e.ts starts one).');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const parsed = await simpleParser(readFileSync(path.join(dir, file)), { keepCidLinks: true });
      const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((a) =>
        a.value.map((v) => (v.address ?? '').toLowerCase()),
      );
      return {
        to,
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
        html: typeof parsed.html === 'string' ? parsed.html : '',
        attachments: parsed.attachments.map((a) => ({
          filename: a.filename ?? '',
          contentType: a.contentType,
          ...(a.cid ? { cid: a.cid } : {}),
          content: a.content,
        })),
        file,
      };
    }),
  );
}

/** Every message received for `address` (oldest first). */
export async function mailsTo(address: string, subject?: string | RegExp): Promise<ReceivedMail[]> {
  const all = await readAll();
  return all.filter(
    (m) =>
      m.to.includes(address.toLowerCase()) &&
      (subject === undefined || (typeof subject === 'string' ? m.subject === subject : subject.test(m.subject))),
  );
}

/**
 * Waits for the `count`-th message to `address` (matching `subject`) that holds a link matching
 * `linkPattern` (e.g. /\/reset-password\?token=[\w-]+/), and answers that link.
 */
export async function waitForLink(
  address: string,
  linkPattern: RegExp,
  options: { subject?: string | RegExp; count?: number } = {},
): Promise<string> {
  const count = options.count ?? 1;
  let link = '';
  await expect
    .poll(
      async () => {
        const pattern = new RegExp(`https?://\\S*?${linkPattern.source}`);
        const links = (await mailsTo(address, options.subject)).flatMap((m) => pattern.exec(m.text)?.[0] ?? []);
        link = links[count - 1] ?? '';
        return link;
      },
      { message: `a mail to ${address} with a link like ${linkPattern}`, timeout: 20_000 },
    )
    .not.toBe('');
  return link;
}

/** Waits for a message to `address` whose subject matches, and answers the latest such. */
export async function waitForMail(address: string, subject: string | RegExp): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailsTo(address, subject)).at(-1);
        return Boolean(found);
      },
      { message: `a mail to ${address} with the subject ${subject}`, timeout: 20_000 },
    )
    .toBe(true);
  return found!;
}
