import { eq, sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { replyToContactMessage, submitContactMessage } from '@/db/queries/contact';
import { countUnreadNotifications } from '@/db/queries/notifications';
import { contactMessages, emailOutbox, notifications } from '@/db/schema';
import { createTestUser } from '../../helpers/factories';
import { testDriver } from '../../helpers/db';

const message = (email: string) => ({
  name: 'Mai Tran',
  email,
  subject: 'Question about a workflow',
  message: 'Does the Shopify workflow work with <b>multiple</b> stores?',
});
const uniqueIp = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const uniqueEmail = () => `sender-${crypto.randomUUID().slice(0, 8)}@example.test`;
const messagesFrom = (email: string) => db.select().from(contactMessages).where(eq(contactMessages.email, email));

describe('contact messages', () => {
  it('saves the message and notifies the admins', async () => {
    const admin = await createTestUser({ role: 'ADMIN' });
    const sender = await createTestUser();
    const email = uniqueEmail();
    const { id } = await submitContactMessage(message(email.toUpperCase()), { ip: uniqueIp(), userId: sender.id });
    const [row] = await messagesFrom(email);
    expect(row).toMatchObject({ id, email, userId: sender.id, subject: 'Question about a workflow' });
    const [note] = await db.select().from(notifications).where(eq(notifications.userId, admin.id));
    expect(note).toMatchObject({ title: 'New contact message', link: '/admin/messages', read: false });
  });

  it('refuses the 6th message in an hour from one email, and from one IP', async () => {
    const email = uniqueEmail();
    const now = new Date('2026-03-01T09:10:00Z');
    for (let i = 0; i < 5; i++) await submitContactMessage(message(email), { ip: uniqueIp() }, now);
    await expect(submitContactMessage(message(email), { ip: uniqueIp() }, now)).rejects.toMatchObject({
      code: 'rate_limited',
    });
    expect(await messagesFrom(email)).toHaveLength(5);

    const ip = uniqueIp();
    for (let i = 0; i < 5; i++) await submitContactMessage(message(uniqueEmail()), { ip }, now);
    const sixth = uniqueEmail();
    await expect(submitContactMessage(message(sixth), { ip }, now)).rejects.toMatchObject({ code: 'rate_limited' });
    expect(await messagesFrom(sixth)).toHaveLength(0);
    // The next hour is a new window.
    await submitContactMessage(message(sixth), { ip }, new Date('2026-03-01T10:00:00Z'));
    expect(await messagesFrom(sixth)).toHaveLength(1);
  });

  it('takes the hourly limit from CONTACT_LIMIT_PER_HOUR', async () => {
    vi.stubEnv('CONTACT_LIMIT_PER_HOUR', '2');
    try {
      const email = uniqueEmail();
      const now = new Date('2026-03-03T09:00:00Z');
      for (let i = 0; i < 2; i++) await submitContactMessage(message(email), { ip: uniqueIp() }, now);
      await expect(submitContactMessage(message(email), { ip: uniqueIp() }, now)).rejects.toMatchObject({
        code: 'rate_limited',
      });
      expect(await messagesFrom(email)).toHaveLength(2);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it.runIf(testDriver() === 'postgres')('holds under parallel submissions: exactly 5 of 8 are saved', async () => {
    const email = uniqueEmail();
    const now = new Date('2026-03-02T09:00:00Z');
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => submitContactMessage(message(email), { ip: uniqueIp() }, now)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    expect(await messagesFrom(email)).toHaveLength(5);
  });

  it('a reply queues its email in its own transaction (HTML escaped), notifies the sender’s account, and marks the message replied once', async () => {
    const admin = await createTestUser({ role: 'ADMIN' });
    const sender = await createTestUser();
    const { id } = await submitContactMessage(message(sender.email), { ip: uniqueIp() });
    const result = await replyToContactMessage(admin.id, id, 'Yes, <i>it</i> does & more.');
    expect(result).toMatchObject({ id, notifiedUserId: sender.id, mail: { status: 'pending' } });

    const [row] = await db.select().from(contactMessages).where(eq(contactMessages.id, id));
    expect(row?.reply).toBe('Yes, <i>it</i> does & more.');
    expect(row?.repliedAt).toBeInstanceOf(Date);
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, result.mail.id));
    expect(mail).toMatchObject({
      to: sender.email,
      subject: 'Re: Question about a workflow',
      status: 'pending',
      sensitive: false,
    });
    expect(mail?.text).toContain('Yes, <i>it</i> does & more.');
    expect(mail?.html).toContain('Yes, &lt;i&gt;it&lt;/i&gt; does &amp; more.');
    expect(mail?.html).not.toContain('<b>multiple</b>');
    expect(await countUnreadNotifications(sender.id)).toBe(1);

    await expect(replyToContactMessage(admin.id, id, 'Again')).rejects.toMatchObject({ code: 'conflict' });
    // The refused second reply rolled back: it queued no mail.
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.to, sender.email))).toHaveLength(1);
    await expect(replyToContactMessage(admin.id, crypto.randomUUID(), 'Hi')).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('the reply, its notification and its email are one transaction: a mail that cannot be queued leaves the message unanswered', async () => {
    const admin = await createTestUser({ role: 'ADMIN' });
    const sender = await createTestUser();
    const { id } = await submitContactMessage(message(sender.email), { ip: uniqueIp() });
    // The outbox refuses this one address, so queueing the reply's email fails inside the transaction.
    const constraint = `test_refuse_${crypto.randomUUID().slice(0, 8)}`;
    await db.execute(
      sql.raw(`alter table email_outbox add constraint ${constraint} check ("to" <> '${sender.email}') not valid`),
    );
    try {
      await expect(replyToContactMessage(admin.id, id, 'This answer never leaves.')).rejects.toThrow();
    } finally {
      await db.execute(sql.raw(`alter table email_outbox drop constraint ${constraint}`));
    }
    const [row] = await db.select().from(contactMessages).where(eq(contactMessages.id, id));
    expect(row).toMatchObject({ reply: null, repliedAt: null });
    expect(await countUnreadNotifications(sender.id)).toBe(0);
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.to, sender.email))).toHaveLength(0);

    // Nothing was half-done: the admin can answer it now, and the email is queued with the reply.
    const result = await replyToContactMessage(admin.id, id, 'Here is the answer.');
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.to, sender.email));
    expect(mail).toMatchObject({ id: result.mail.id, status: 'pending', sensitive: false });
    expect(await countUnreadNotifications(sender.id)).toBe(1);
  });

  it('a reply to a visitor without an account is only emailed; a non-admin cannot reply', async () => {
    const admin = await createTestUser({ role: 'ADMIN' });
    const shopper = await createTestUser();
    const email = uniqueEmail();
    const { id } = await submitContactMessage(message(email), { ip: uniqueIp() });
    await expect(replyToContactMessage(shopper.id, id, 'Sneaky')).rejects.toMatchObject({ code: 'forbidden' });
    const result = await replyToContactMessage(admin.id, id, 'Thanks for asking.');
    expect(result.notifiedUserId).toBeNull();
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.to, email))).toHaveLength(1);
  });
});
