import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { enqueueMail, listOutbox, MAIL_MAX_ATTEMPTS, REDACTED_BODY, retryDelayMs } from '@/db/queries/email-outbox';
import { emailOutbox } from '@/db/schema';
import { deliverPendingMail, SMTP_NOT_SET, type MailerConfig } from '@/server/mail';
import { decryptBody } from '@/lib/mail/crypto';
import { testDriver } from '../../helpers/db';
import { createTestUser } from '../../helpers/factories';
import { startSmtpSink, type SmtpSink } from '../../helpers/mail';

const FROM = 'Shop <shop@example.test>';
const LINK = 'https://shop.example.test/reset-password?token=SECRET-token-abc123';
let sink: SmtpSink | undefined;

afterEach(async () => {
  await sink?.close();
  sink = undefined;
});

const smtp = (s: SmtpSink): MailerConfig => ({ smtpUrl: s.url, from: FROM, embedded: false });
const row = async (id: string) => (await db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0]!;
const at = (d: Date) => () => d;

describe('mail queue', () => {
  it('a queued message is pending; the worker delivers it through SMTP and marks it sent', async () => {
    sink = await startSmtpSink();
    const queued = {
      id: await enqueueMail(db, { to: 'someone@example.test', subject: 'Hi', text: 'Plain', html: '<p>Plain</p>' }),
    };
    expect(await row(queued.id)).toMatchObject({ status: 'pending', attempts: 0, text: 'Plain', sentAt: null });

    const report = await deliverPendingMail({ config: smtp(sink) });
    expect(report).toMatchObject({ sent: 1, failed: 0, retrying: 0 });
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0]).toMatchObject({ to: ['someone@example.test'], subject: 'Hi' });
    expect(sink.messages[0]?.text.trim()).toBe('Plain');
    const after = await row(queued.id);
    expect(after).toMatchObject({ status: 'sent', attempts: 1, error: null, text: 'Plain' });
    expect(after.sentAt).toBeInstanceOf(Date);

    // Delivered once: a second run finds nothing.
    expect((await deliverPendingMail({ config: smtp(sink) })).sent).toBe(0);
    expect(sink.messages).toHaveLength(1);
  });

  it('a sensitive message is encrypted while queued and keeps no body once sent', async () => {
    sink = await startSmtpSink();
    const id = await enqueueMail(db, {
      to: 'reset@example.test',
      subject: 'Reset',
      text: `Link: ${LINK}`,
      html: `<a href="${LINK}">x</a>`,
      sensitive: true,
    });
    const pending = await row(id);
    expect(pending.sensitive).toBe(true);
    expect(pending.text).not.toContain('SECRET-token');
    expect(pending.html).not.toContain('SECRET-token');
    expect(decryptBody(pending.text)).toBe(`Link: ${LINK}`);

    await deliverPendingMail({ config: smtp(sink) });
    expect(sink.messages[0]?.text).toContain(LINK);
    const sent = await row(id);
    expect(sent).toMatchObject({
      status: 'sent',
      to: 'reset@example.test',
      subject: 'Reset',
      text: REDACTED_BODY,
      html: null,
    });
    expect(JSON.stringify(sent)).not.toContain('SECRET-token');
  });

  it('an SMTP refusal is retried with a growing delay, and the message goes out once the server accepts', async () => {
    sink = await startSmtpSink({ reject: (n) => n <= 2 });
    const t0 = new Date('2026-03-01T10:00:00Z');
    const id = await enqueueMail(db, { to: 'retry@example.test', subject: 'Retry', text: 'x' }, t0);

    expect(await deliverPendingMail({ config: smtp(sink), now: at(t0) })).toMatchObject({ sent: 0, retrying: 1 });
    let r = await row(id);
    expect(r).toMatchObject({ status: 'pending', attempts: 1 });
    expect(r.error).toMatch(/451|unavailable/i);
    expect(r.nextAttemptAt.getTime()).toBe(t0.getTime() + retryDelayMs(1));

    // Not due yet: nothing is tried.
    expect(await deliverPendingMail({ config: smtp(sink), now: at(new Date(t0.getTime() + 30_000)) })).toMatchObject({
      retrying: 0,
      sent: 0,
    });

    const t1 = new Date(t0.getTime() + retryDelayMs(1));
    await deliverPendingMail({ config: smtp(sink), now: at(t1) });
    r = await row(id);
    expect(r).toMatchObject({ status: 'pending', attempts: 2 });
    expect(r.nextAttemptAt.getTime()).toBe(t1.getTime() + retryDelayMs(2));
    expect(retryDelayMs(2)).toBe(2 * retryDelayMs(1));

    await deliverPendingMail({ config: smtp(sink), now: at(r.nextAttemptAt) });
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 3, error: null });
    expect(sink.messages).toHaveLength(1);
  });

  it(`gives a message up as failed after ${MAIL_MAX_ATTEMPTS} attempts, keeping the last error (and no secret body)`, async () => {
    sink = await startSmtpSink({ reject: () => true });
    let now = new Date('2026-03-02T10:00:00Z');
    const id = await enqueueMail(
      db,
      { to: 'never@example.test', subject: 'Never', text: `Link: ${LINK}`, sensitive: true },
      now,
    );
    for (let i = 0; i < MAIL_MAX_ATTEMPTS; i++) {
      await deliverPendingMail({ config: smtp(sink), now: at(now) });
      now = (await row(id)).nextAttemptAt;
    }
    const r = await row(id);
    expect(r).toMatchObject({ status: 'failed', attempts: MAIL_MAX_ATTEMPTS, text: REDACTED_BODY, sentAt: null });
    expect(r.error).toMatch(/451|unavailable/i);
    expect(
      await deliverPendingMail({ config: smtp(sink), now: at(new Date(now.getTime() + 86_400_000)) }),
    ).toMatchObject({ sent: 0, failed: 0, retrying: 0 });
  });

  it('without SMTP on a real database mail stays pending and names the cause; on the embedded one it is logged', async () => {
    const id = await enqueueMail(db, { to: 'wait@example.test', subject: 'Wait', text: 'x' });
    const report = await deliverPendingMail({ config: { smtpUrl: undefined, from: FROM, embedded: false } });
    expect(report.waiting).toBeGreaterThanOrEqual(1);
    expect(await row(id)).toMatchObject({ status: 'pending', attempts: 0, error: SMTP_NOT_SET });

    await deliverPendingMail({ config: { smtpUrl: undefined, from: FROM, embedded: true } });
    expect(await row(id)).toMatchObject({ status: 'logged', text: 'x' });
  });

  it('a rolled-back transaction queues nothing', async () => {
    await expect(
      db.transaction(async (tx) => {
        await enqueueMail(tx, { to: 'rollback@example.test', subject: 'Never queued', text: 'x' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.to, 'rollback@example.test'))).toHaveLength(0);
  });

  it.runIf(testDriver() === 'postgres')('two workers running at once never send one message twice', async () => {
    sink = await startSmtpSink();
    const ids: string[] = [];
    for (let i = 0; i < 30; i++)
      ids.push(await enqueueMail(db, { to: `twice-${i}@example.test`, subject: `Parallel ${i}`, text: 'x' }));
    const config = smtp(sink);
    const reports = await Promise.all([
      deliverPendingMail({ config, batch: 4 }),
      deliverPendingMail({ config, batch: 4 }),
      deliverPendingMail({ config, batch: 4 }),
    ]);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(30);
    const subjects = sink.messages.map((m) => m.subject).sort();
    expect(subjects).toHaveLength(30);
    expect(new Set(subjects).size).toBe(30);
    for (const id of ids) expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('the admin mail page lists the queue for admins only, with readable bodies only on the embedded database', async () => {
    const admin = await createTestUser({ role: 'ADMIN' });
    const shopper = await createTestUser();
    await enqueueMail(db, { to: 'listed@example.test', subject: 'Listed', text: `Link: ${LINK}`, sensitive: true });
    await expect(listOutbox(shopper.id)).rejects.toMatchObject({ code: 'forbidden' });
    const { rows, embedded } = await listOutbox(admin.id);
    const listed = rows.find((r) => r.to === 'listed@example.test');
    expect(listed).toMatchObject({ subject: 'Listed', status: 'pending', attempts: 0 });
    expect(embedded).toBe(testDriver() === 'pglite');
    if (embedded) expect(listed?.text).toBe(`Link: ${LINK}`);
    else expect(listed?.text).toBeNull();
  });
});
