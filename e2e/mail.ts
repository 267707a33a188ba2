import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { simpleParser } from 'mailparser';

/**
 * Mail the app sent during the e2e run, read from the local SMTP sink's folder (scripts/e2e.ts starts
 * it and points the server's SMTP_URL at it): real delivery, on PGlite and on Postgres alike.
 */
export const hasMailSink = Boolean(process.env.E2E_MAIL_DIR);

export type ReceivedMail = { to: string[]; subject: string; text: string; file: string };

async function readAll(): Promise<ReceivedMail[]> {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error('No mail sink: run the e2e tests with `npm run test:e2e` (scripts/e2e.ts starts one).');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const parsed = await simpleParser(readFileSync(path.join(dir, file)));
      const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((a) =>
        a.value.map((v) => (v.address ?? '').toLowerCase()),
      );
      return { to, subject: parsed.subject ?? '', text: parsed.text ?? '', file };
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
