import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import {
  hashResetToken,
  isResetTokenUsable,
  requestPasswordReset,
  resetPasswordWithToken,
} from '@/db/queries/password-reset';
import { verifyCredentials } from '@/db/queries/users';
import { emailOutbox, passwordResetTokens, users } from '@/db/schema';
import { deliverPendingMail } from '@/server/mail';
import { createTestUser, TEST_PASSWORD } from '../../helpers/factories';
import { testDriver } from '../../helpers/db';
import { latestQueuedMailText, outboxRowsTo, startSmtpSink } from '../../helpers/mail';

const ip = () => `192.0.2.${Math.floor(Math.random() * 250)}`;

/** The token from the link in the latest reset email to `to` (decrypted as the delivery worker does). */
async function tokenFromOutbox(to: string): Promise<string> {
  const text = await latestQueuedMailText(to);
  const match = /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no reset link in: ${text}`);
  return match[1];
}

describe('password reset', () => {
  it('emails a link to a known address, stores only the token’s hash, and sends nothing for an unknown one', async () => {
    const user = await createTestUser();
    expect(await requestPasswordReset(user.email.toUpperCase(), { ip: ip() })).toEqual({ sent: true });
    const token = await tokenFromOutbox(user.email);
    expect(token.length).toBeGreaterThanOrEqual(43); // 32 bytes, base64url
    const [row] = await db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
    expect(row?.tokenHash).toBe(hashResetToken(token));
    expect(row?.tokenHash).not.toContain(token);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBeGreaterThan(59 * 60 * 1000);

    expect(await requestPasswordReset('nobody-here@example.test', { ip: ip() })).toEqual({ sent: false });
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.to, 'nobody-here@example.test'))).toHaveLength(0);
  });

  it('the reset link is never readable in email_outbox: encrypted while queued, dropped once sent', async () => {
    const user = await createTestUser();
    await requestPasswordReset(user.email, { ip: ip() });
    const token = await tokenFromOutbox(user.email);
    const [queued] = await outboxRowsTo(user.email);
    expect(queued).toMatchObject({ status: 'pending', sensitive: true });
    expect(`${queued!.text} ${queued!.html}`).not.toContain(token);
    expect(`${queued!.text} ${queued!.html}`).not.toContain('reset-password');

    const sink = await startSmtpSink();
    try {
      await deliverPendingMail({ config: { smtpUrl: sink.url, from: 'Shop <shop@example.test>', embedded: false } });
      expect(sink.messages.find((m) => m.to.includes(user.email))?.text).toContain(`/reset-password?token=${token}`);
    } finally {
      await sink.close();
    }
    const [sent] = await outboxRowsTo(user.email);
    expect(sent?.status).toBe('sent');
    expect(JSON.stringify(sent)).not.toContain(token);
    expect(sent?.text).not.toContain('reset-password');
  });

  it('the token row and its mail are one transaction: a mail that cannot be queued leaves no token', async () => {
    const user = await createTestUser();
    const secret = process.env.AUTH_SECRET;
    delete process.env.AUTH_SECRET; // the sensitive mail cannot be encrypted, so queueing it throws
    try {
      await expect(requestPasswordReset(user.email, { ip: ip() })).rejects.toThrow(/AUTH_SECRET/);
    } finally {
      process.env.AUTH_SECRET = secret;
    }
    expect(await db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id))).toHaveLength(0);
    expect(await outboxRowsTo(user.email)).toHaveLength(0);
  });

  it('sets the new password once, ends every session, and refuses the link again', async () => {
    const user = await createTestUser();
    await requestPasswordReset(user.email, { ip: ip() });
    const token = await tokenFromOutbox(user.email);
    expect(await isResetTokenUsable(token)).toBe(true);

    await resetPasswordWithToken(token, 'a brand new password');
    const [after] = await db.select().from(users).where(eq(users.id, user.id));
    expect(after?.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await verifyCredentials(user.email, 'a brand new password')).not.toBeNull();
    expect(await verifyCredentials(user.email, TEST_PASSWORD)).toBeNull();

    expect(await isResetTokenUsable(token)).toBe(false);
    await expect(resetPasswordWithToken(token, 'yet another password')).rejects.toMatchObject({ code: 'invalid' });
    expect(await verifyCredentials(user.email, 'a brand new password')).not.toBeNull();
  });

  it('refuses an expired link', async () => {
    const user = await createTestUser();
    const asked = new Date('2026-01-01T10:00:00Z');
    await requestPasswordReset(user.email, { ip: ip() }, asked);
    const token = await tokenFromOutbox(user.email);
    const later = new Date(asked.getTime() + 61 * 60 * 1000);
    expect(await isResetTokenUsable(token, later)).toBe(false);
    await expect(resetPasswordWithToken(token, 'a brand new password', later)).rejects.toMatchObject({
      code: 'invalid',
    });
    expect(await verifyCredentials(user.email, TEST_PASSWORD)).not.toBeNull();
  });

  it('a new password spends the account’s other outstanding links', async () => {
    const user = await createTestUser();
    await requestPasswordReset(user.email, { ip: ip() });
    const first = await tokenFromOutbox(user.email);
    await requestPasswordReset(user.email, { ip: ip() });
    const second = await tokenFromOutbox(user.email);
    expect(second).not.toBe(first);
    await resetPasswordWithToken(second, 'a brand new password');
    await expect(resetPasswordWithToken(first, 'sneaky other password')).rejects.toMatchObject({ code: 'invalid' });
  });

  it('limits how many reset emails one address gets per hour', async () => {
    const user = await createTestUser();
    const now = new Date('2026-02-01T08:00:00Z');
    const results = [];
    for (let i = 0; i < 7; i++) results.push((await requestPasswordReset(user.email, { ip: ip() }, now)).sent);
    expect(results).toEqual([true, true, true, true, true, false, false]);
  });

  it.runIf(testDriver() === 'postgres')('two uses of one link at once: exactly one wins', async () => {
    const user = await createTestUser();
    await requestPasswordReset(user.email, { ip: ip() });
    const token = await tokenFromOutbox(user.email);
    const results = await Promise.allSettled([
      resetPasswordWithToken(token, 'first new password'),
      resetPasswordWithToken(token, 'second new password'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [after] = await db.select().from(users).where(eq(users.id, user.id));
    expect(after?.sessionVersion).toBe(user.sessionVersion + 1);
  });
});
