import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import {
  CONFIRM_TOKEN_TTL_MS,
  confirmEmailWithToken,
  getEmailStatus,
  hashConfirmationToken,
  isConfirmationTokenUsable,
  resendEmailConfirmation,
} from '@/db/queries/email-confirmation';
import { createSession, getActiveSession } from '@/db/queries/sessions';
import { changeEmail } from '@/db/queries/settings';
import { createUser, verifyCredentials } from '@/db/queries/users';
import { emailConfirmationTokens, users } from '@/db/schema';
import { createTestUser, TEST_PASSWORD } from '../../helpers/factories';
import { testDriver } from '../../helpers/db';
import { linkToken, outboxRowsTo } from '../../helpers/mail';

const CONFIRM_LINK = /\/confirm-email\?token=([A-Za-z0-9_-]+)/;
const ip = () => `198.51.100.${Math.floor(Math.random() * 250)}`;
const unique = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}@example.test`;

describe('registration: the address is confirmed by a mailed link', () => {
  it('a new account works at once, is unconfirmed, and its link (hashed, encrypted in the outbox) confirms it once', async () => {
    const email = unique('new');
    const user = await createUser({ name: 'Nga', email, password: 'a long test password' });
    expect(await verifyCredentials(email, 'a long test password')).not.toBeNull();
    expect(await getEmailStatus(user.id)).toEqual({ email, verified: false, pendingEmail: null });

    const [mail] = await outboxRowsTo(email);
    expect(mail).toMatchObject({
      status: 'pending',
      sensitive: true,
      subject: 'Confirm your USITech Marketplace email',
    });
    const token = await linkToken(email, CONFIRM_LINK);
    expect(`${mail!.text} ${mail!.html}`).not.toContain(token);
    const [row] = await db.select().from(emailConfirmationTokens).where(eq(emailConfirmationTokens.userId, user.id));
    expect(row).toMatchObject({ email, tokenHash: hashConfirmationToken(token), usedAt: null });
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBeGreaterThan(CONFIRM_TOKEN_TTL_MS - 60_000);

    expect(await confirmEmailWithToken(token)).toMatchObject({ kind: 'verified', userId: user.id, email });
    expect((await getEmailStatus(user.id))?.verified).toBe(true);

    // Used once: the same link is refused.
    expect(await isConfirmationTokenUsable(token)).toBe(false);
    await expect(confirmEmailWithToken(token)).rejects.toMatchObject({ code: 'invalid' });
    await expect(confirmEmailWithToken('not-a-real-token-at-all-0000')).rejects.toMatchObject({ code: 'invalid' });
  });

  it('an account registered in Vietnamese keeps the language and gets its link in Vietnamese, to the /vi page', async () => {
    const email = unique('vi');
    const user = await createUser({ name: 'Ngọc', email, password: 'a long test password', locale: 'vi' });
    const [row] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, user.id));
    expect(row?.locale).toBe('vi');
    const [mail] = await outboxRowsTo(email);
    expect(mail?.subject).toBe('Xác nhận email USITech Marketplace của bạn');
    await expect(linkToken(email, /\/vi\/confirm-email\?token=([A-Za-z0-9_-]+)/)).resolves.toBeTruthy();
  });

  it('refuses an expired link', async () => {
    const user = await createTestUser();
    const asked = new Date('2026-04-01T08:00:00Z');
    expect(await resendEmailConfirmation(user.id, { ip: ip() }, asked)).toEqual({ result: 'sent' });
    const token = await linkToken(user.email, CONFIRM_LINK);
    const later = new Date(asked.getTime() + CONFIRM_TOKEN_TTL_MS + 1000);
    await expect(confirmEmailWithToken(token, null, later)).rejects.toMatchObject({ code: 'invalid' });
    expect((await getEmailStatus(user.id))?.verified).toBe(false);
    // Within the day it works.
    await confirmEmailWithToken(token, null, new Date(asked.getTime() + 3_600_000));
    expect((await getEmailStatus(user.id))?.verified).toBe(true);
  });

  it('"Resend" is limited per account, and says so once the address is confirmed', async () => {
    const user = await createTestUser();
    const now = new Date('2026-04-02T08:00:00Z');
    for (let i = 0; i < 3; i++)
      expect(await resendEmailConfirmation(user.id, { ip: ip() }, now)).toEqual({ result: 'sent' });
    await expect(resendEmailConfirmation(user.id, { ip: ip() }, now)).rejects.toMatchObject({ code: 'rate_limited' });
    expect(await outboxRowsTo(user.email)).toHaveLength(3);

    const other = await createTestUser();
    await db.update(users).set({ emailVerifiedAt: now }).where(eq(users.id, other.id));
    expect(await resendEmailConfirmation(other.id, { ip: ip() }, now)).toEqual({ result: 'already' });
    expect(await outboxRowsTo(other.email)).toHaveLength(0);
  });
});

describe('changing the email takes effect on confirmation', () => {
  it('nothing changes until the new address confirms; the old address is told; then other sessions end', async () => {
    const user = await createTestUser({ name: 'Minh' });
    const fresh = unique('fresh');
    expect(await changeEmail(user.id, TEST_PASSWORD, fresh.toUpperCase())).toEqual({ pendingEmail: fresh });

    // Nothing changed yet: the old address still signs in, the new one does not.
    const [before] = await db.select().from(users).where(eq(users.id, user.id));
    expect(before).toMatchObject({ email: user.email, sessionVersion: user.sessionVersion });
    expect(await verifyCredentials(user.email, TEST_PASSWORD)).not.toBeNull();
    expect(await verifyCredentials(fresh, TEST_PASSWORD)).toBeNull();
    expect(await getEmailStatus(user.id)).toMatchObject({ email: user.email, pendingEmail: fresh });

    // The old address gets a notice naming the new one (no link to act on); the new one gets the link.
    const [notice] = await outboxRowsTo(user.email);
    expect(notice).toMatchObject({ sensitive: false, subject: 'Your USITech Marketplace email is about to change' });
    expect(notice?.text).toContain(fresh);
    expect(notice?.text).not.toContain('confirm-email');
    const [link] = await outboxRowsTo(fresh);
    expect(link).toMatchObject({ sensitive: true, subject: 'Confirm your new USITech Marketplace email' });

    // Confirmed in one signed-in browser: that one stays signed in, every other one ends.
    const here = await createSession(user.id);
    const elsewhere = await createSession(user.id);
    const token = await linkToken(fresh, CONFIRM_LINK);
    expect(await confirmEmailWithToken(token, { userId: user.id, sessionId: here.id })).toMatchObject({
      kind: 'changed',
      email: fresh,
    });
    const [after] = await db.select().from(users).where(eq(users.id, user.id));
    expect(after).toMatchObject({ email: fresh });
    expect(await getActiveSession(here.id, user.id, user.sessionVersion)).not.toBeNull();
    expect(await getActiveSession(elsewhere.id, user.id, user.sessionVersion)).toBeNull();
    expect(after?.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await verifyCredentials(fresh, TEST_PASSWORD)).not.toBeNull();
    expect(await verifyCredentials(user.email, TEST_PASSWORD)).toBeNull();
    expect((await getEmailStatus(user.id))?.pendingEmail).toBeNull();
    await expect(confirmEmailWithToken(token)).rejects.toMatchObject({ code: 'invalid' });
  });

  it('an address taken by another account before the confirmation: a clear conflict, nothing changed', async () => {
    const user = await createTestUser();
    const wanted = unique('wanted');
    await changeEmail(user.id, TEST_PASSWORD, wanted);
    const token = await linkToken(wanted, CONFIRM_LINK);
    await createTestUser({ email: wanted });

    await expect(confirmEmailWithToken(token)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/not changed/),
    });
    const [after] = await db.select().from(users).where(eq(users.id, user.id));
    expect(after).toMatchObject({ email: user.email, sessionVersion: user.sessionVersion, emailVerifiedAt: null });
  });

  it('asks for the current password and refuses an address that already has an account', async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    await expect(changeEmail(user.id, 'wrong password', unique('x'))).rejects.toMatchObject({
      code: 'invalid',
      field: 'currentPassword',
    });
    await expect(changeEmail(user.id, TEST_PASSWORD, other.email.toUpperCase())).rejects.toMatchObject({
      code: 'conflict',
      field: 'email',
    });
    await expect(changeEmail(user.id, TEST_PASSWORD, user.email)).rejects.toMatchObject({ field: 'email' });
    expect(await outboxRowsTo(user.email)).toHaveLength(0);
  });

  it.runIf(testDriver() === 'postgres')('one link used twice at once: exactly one confirmation wins', async () => {
    const user = await createTestUser();
    const fresh = unique('race');
    await changeEmail(user.id, TEST_PASSWORD, fresh);
    const token = await linkToken(fresh, CONFIRM_LINK);
    const results = await Promise.allSettled([confirmEmailWithToken(token), confirmEmailWithToken(token)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [after] = await db.select().from(users).where(eq(users.id, user.id));
    expect(after).toMatchObject({ email: fresh });
  });
});
