import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { changeEmail, changePassword, deleteAccount } from '@/db/queries/settings';
import { users } from '@/db/schema';
import { countRegistrationAttempt } from '@/server/auth/registration-throttle';
import { SIGN_IN_LIMITS, withPasswordThrottle } from '@/server/auth/sign-in-throttle';
import { AppError } from '@/lib/errors';
import { createTestUser, TEST_PASSWORD, TEST_PASSWORD_HASH } from '../../helpers/factories';

let n = 0;
const freshIp = () => `192.0.2.${(n++ % 250) + 1}`;

describe('current-password checks in settings are throttled like sign-in', () => {
  it('after 5 wrong current passwords from one address, even the right one is refused there (and the password stays)', async () => {
    const user = await createTestUser();
    const now = new Date('2026-05-01T10:00:00Z');
    const attempt = { account: user.email, ip: freshIp(), now };
    for (let i = 0; i < SIGN_IN_LIMITS.accountAddress.limit; i++) {
      await expect(
        withPasswordThrottle(attempt, 'currentPassword', () => changePassword(user.id, 'wrong', 'a new long password')),
      ).rejects.toMatchObject({ code: 'invalid', field: 'currentPassword' });
    }
    const refused = withPasswordThrottle(attempt, 'currentPassword', () =>
      changePassword(user.id, TEST_PASSWORD, 'a new long password'),
    );
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({
      code: 'rate_limited',
      field: 'currentPassword',
      message: 'Too many wrong passwords from your network. Try again in 15 minutes.',
    });
    const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(row?.hash).toBe(TEST_PASSWORD_HASH);
    // The same right password from another address goes through.
    const other = { account: user.email, ip: freshIp(), now };
    await withPasswordThrottle(other, 'currentPassword', () =>
      changePassword(user.id, TEST_PASSWORD, 'a new long password'),
    );
    const [changed] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(changed?.hash).not.toBe(TEST_PASSWORD_HASH);
  });

  it('email change and account deletion share the budget; errors after a right password pass through', async () => {
    const user = await createTestUser();
    const taken = await createTestUser();
    const attempt = { account: user.email, ip: freshIp(), now: new Date('2026-05-02T10:00:00Z') };
    await expect(
      withPasswordThrottle(attempt, 'currentPassword', () => changeEmail(user.id, TEST_PASSWORD, taken.email)),
    ).rejects.toMatchObject({ code: 'conflict', field: 'email' });
    for (let i = 0; i < SIGN_IN_LIMITS.accountAddress.limit; i++) {
      await expect(
        withPasswordThrottle(attempt, 'password', () => deleteAccount(user.id, 'wrong')),
      ).rejects.toMatchObject({ code: 'invalid' });
    }
    await expect(
      withPasswordThrottle(attempt, 'currentPassword', () => changeEmail(user.id, TEST_PASSWORD, 'new@example.test')),
    ).rejects.toMatchObject({ code: 'rate_limited', field: 'currentPassword' });
    await expect(
      withPasswordThrottle(attempt, 'password', () => deleteAccount(user.id, TEST_PASSWORD)),
    ).rejects.toMatchObject({ code: 'rate_limited', field: 'password' });
    const [row] = await db.select({ deletedAt: users.deletedAt }).from(users).where(eq(users.id, user.id));
    expect(row?.deletedAt).toBeNull();
  });
});

describe('registration is limited per address', () => {
  it('five attempts an hour per address, then a message with the wait; other addresses are not affected', async () => {
    const now = new Date('2026-05-03T10:20:00Z');
    const ip = freshIp();
    for (let i = 0; i < 5; i++) await expect(countRegistrationAttempt(ip, now)).resolves.toBeUndefined();
    await expect(countRegistrationAttempt(ip, now)).rejects.toMatchObject({
      code: 'rate_limited',
      message:
        'Too many accounts have been registered from your network in the last hour. Try again in 40 minutes, or sign in if you already have an account.',
    });
    await expect(countRegistrationAttempt(freshIp(), now)).resolves.toBeUndefined();
    await expect(countRegistrationAttempt(ip, new Date('2026-05-03T11:00:00Z'))).resolves.toBeUndefined();
  });
});
