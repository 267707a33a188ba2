import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { emailOutbox, notifications } from '@/db/schema';
import { accountDelayMs, SIGN_IN_LIMITS, verifyCredentialsThrottled } from '@/server/auth/sign-in-throttle';
import type * as PasswordModule from '@/lib/auth/password';
import { verifyPassword } from '@/lib/auth/password';
import { createTestUser, TEST_PASSWORD } from '../../helpers/factories';

// Counts the argon2 verifications (and keeps them real), and records mails instead of sending them.
vi.mock('@/lib/auth/password', async (importOriginal) => {
  const real = await importOriginal<typeof PasswordModule>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

let n = 0;
/** A new address each call (documentation ranges, unique per test run). */
const freshIp = () => `198.51.${Math.floor(n / 250) % 250}.${(n++ % 250) + 1}`;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);
const SECOND = 1000;
const MINUTE = 60 * SECOND;

beforeEach(() => {
  vi.mocked(verifyPassword).mockClear();
});

describe('sign-in throttle: nobody can lock the owner out', () => {
  it('wrong passwords from many addresses never refuse the right password from an address that has not failed', async () => {
    const owner = await createTestUser();
    const now = new Date('2026-04-01T10:00:00Z');
    for (let i = 0; i < 12; i++) {
      expect((await verifyCredentialsThrottled(owner.email, 'wrong', freshIp(), now)).status).toBe('wrong');
    }
    const attempt = await verifyCredentialsThrottled(owner.email, TEST_PASSWORD, freshIp(), now);
    expect(attempt).toMatchObject({ status: 'ok', value: { id: owner.id } });
  });

  it('counts failures per (account, address): the sixth try from that address waits, other addresses do not', async () => {
    const owner = await createTestUser();
    const now = new Date('2026-04-02T10:05:00Z');
    const ip = freshIp();
    for (let i = 0; i < SIGN_IN_LIMITS.accountAddress.limit; i++) {
      expect((await verifyCredentialsThrottled(owner.email, 'wrong', ip, now)).status).toBe('wrong');
    }
    expect(await verifyCredentialsThrottled(owner.email, TEST_PASSWORD, ip, now)).toEqual({
      status: 'throttled',
      reason: 'address',
      retryAfterMs: 10 * MINUTE, // the 15-minute window ends at 10:15
    });
    expect((await verifyCredentialsThrottled(owner.email, TEST_PASSWORD, freshIp(), now)).status).toBe('ok');
    expect((await verifyCredentialsThrottled(owner.email, TEST_PASSWORD, ip, at(now, 10 * MINUTE))).status).toBe('ok');
  });

  it('counts failures per address over all accounts', async () => {
    const owner = await createTestUser();
    const now = new Date('2026-04-03T10:00:00Z');
    const ip = freshIp();
    for (let i = 0; i < SIGN_IN_LIMITS.address.limit; i++) {
      await verifyCredentialsThrottled(`nobody-${i}-${ip}@example.test`, 'wrong', ip, now);
    }
    expect(await verifyCredentialsThrottled(owner.email, TEST_PASSWORD, ip, now)).toMatchObject({
      status: 'throttled',
      reason: 'address',
    });
    expect((await verifyCredentialsThrottled(owner.email, TEST_PASSWORD, freshIp(), now)).status).toBe('ok');
  });

  it('a right password gives its count back and clears that address’s failures on the account', async () => {
    const owner = await createTestUser();
    const now = new Date('2026-04-04T10:00:00Z');
    const ip = freshIp();
    // Two rounds of 4 failures: 8 from one address, more than its 5, yet below the account's burst size.
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < SIGN_IN_LIMITS.accountAddress.limit - 1; i++) {
        expect((await verifyCredentialsThrottled(owner.email, 'wrong', ip, now)).status).toBe('wrong');
      }
      expect((await verifyCredentialsThrottled(owner.email, TEST_PASSWORD, ip, now)).status).toBe('ok');
    }
  });

  it('under a burst, an address that has failed waits a delay that doubles with every further failure', async () => {
    const owner = await createTestUser();
    const start = new Date('2026-04-05T10:00:00Z');
    const mine = freshIp();
    expect((await verifyCredentialsThrottled(owner.email, 'wrong', mine, start)).status).toBe('wrong');
    for (let i = 1; i < SIGN_IN_LIMITS.accountBurst; i++) {
      await verifyCredentialsThrottled(owner.email, 'wrong', freshIp(), start);
    }
    // 10 failures: the failed address must wait 30 s after the last one, then 1 min, then 2 min.
    let last = start;
    const waits: number[] = [];
    for (const expected of [30 * SECOND, MINUTE, 2 * MINUTE]) {
      const refused = await verifyCredentialsThrottled(owner.email, TEST_PASSWORD, mine, at(last, SECOND));
      expect(refused).toMatchObject({ status: 'throttled', reason: 'account' });
      waits.push((refused as { retryAfterMs: number }).retryAfterMs + SECOND);
      last = at(last, expected);
      expect((await verifyCredentialsThrottled(owner.email, 'wrong', mine, last)).status).toBe('wrong');
    }
    expect(waits).toEqual([30 * SECOND, MINUTE, 2 * MINUTE]);
    expect(accountDelayMs(30)).toBe(SIGN_IN_LIMITS.maxDelayMs);
    // Meanwhile the owner, from an address that has not failed, signs in at once.
    expect((await verifyCredentialsThrottled(owner.email, TEST_PASSWORD, freshIp(), at(last, SECOND))).status).toBe(
      'ok',
    );
  });

  it('refuses before the password hash is verified', async () => {
    const owner = await createTestUser();
    const now = new Date('2026-04-06T10:00:00Z');
    const ip = freshIp();
    for (let i = 0; i < SIGN_IN_LIMITS.accountAddress.limit; i++) {
      await verifyCredentialsThrottled(owner.email, 'wrong', ip, now);
    }
    expect(verifyPassword).toHaveBeenCalledTimes(SIGN_IN_LIMITS.accountAddress.limit);
    for (let i = 0; i < 20; i++) {
      expect((await verifyCredentialsThrottled(owner.email, 'guess', ip, now)).status).toBe('throttled');
    }
    expect(verifyPassword).toHaveBeenCalledTimes(SIGN_IN_LIMITS.accountAddress.limit);
  });

  it('tells the owner once per burst: one in-app warning and one email', async () => {
    const owner = await createTestUser();
    const start = new Date('2026-04-07T10:00:00Z');
    const warnings = () =>
      db
        .select({ title: notifications.title })
        .from(notifications)
        .where(and(eq(notifications.userId, owner.id), eq(notifications.type, 'WARNING')));
    for (let i = 0; i < SIGN_IN_LIMITS.accountBurst - 1; i++) {
      await verifyCredentialsThrottled(owner.email, 'wrong', freshIp(), start);
    }
    expect(await warnings()).toHaveLength(0);
    for (let i = 0; i < 3; i++) await verifyCredentialsThrottled(owner.email, 'wrong', freshIp(), start);
    expect(await warnings()).toEqual([{ title: 'Failed sign-in attempts on your account' }]);
    const mails = () =>
      db
        .select({ subject: emailOutbox.subject, status: emailOutbox.status })
        .from(emailOutbox)
        .where(eq(emailOutbox.to, owner.email));
    expect(await mails()).toEqual([
      { subject: 'Failed sign-in attempts on your USITech Marketplace account', status: 'pending' },
    ]);
    // A new burst in a later window tells the owner again.
    const later = at(start, 20 * MINUTE);
    for (let i = 0; i < SIGN_IN_LIMITS.accountBurst; i++) {
      await verifyCredentialsThrottled(owner.email, 'wrong', freshIp(), later);
    }
    expect(await warnings()).toHaveLength(2);
    expect(await mails()).toHaveLength(2);
  });

  it('an email without an account is throttled the same way and tells nobody', async () => {
    const now = new Date('2026-04-08T10:00:00Z');
    const email = `nobody-${freshIp()}@example.test`;
    const ip = freshIp();
    for (let i = 0; i < SIGN_IN_LIMITS.accountAddress.limit; i++) await verifyCredentialsThrottled(email, 'x', ip, now);
    expect((await verifyCredentialsThrottled(email, 'x', ip, now)).status).toBe('throttled');
    for (let i = 0; i < SIGN_IN_LIMITS.accountBurst; i++) await verifyCredentialsThrottled(email, 'x', freshIp(), now);
    expect(await db.$count(emailOutbox, eq(emailOutbox.to, email))).toBe(0);
  });
});

describe.runIf(process.env.TEST_DRIVER === 'postgres')('sign-in throttle under parallel guesses (Postgres)', () => {
  it('parallel guesses from one address cannot pass its budgets', async () => {
    const now = new Date('2026-04-09T10:00:00Z');
    const ip = freshIp();
    const owner = await createTestUser();
    const onOneAccount = await Promise.all(
      Array.from({ length: 20 }, () => verifyCredentialsThrottled(owner.email, 'wrong', ip, now)),
    );
    expect(onOneAccount.filter((r) => r.status === 'wrong')).toHaveLength(SIGN_IN_LIMITS.accountAddress.limit);

    const other = freshIp();
    const spread = await Promise.all(
      Array.from({ length: 45 }, (_, i) =>
        verifyCredentialsThrottled(`spray-${i}-${other}@example.test`, 'x', other, now),
      ),
    );
    expect(spread.filter((r) => r.status === 'wrong')).toHaveLength(SIGN_IN_LIMITS.address.limit);
    expect(verifyPassword).toHaveBeenCalledTimes(SIGN_IN_LIMITS.accountAddress.limit + SIGN_IN_LIMITS.address.limit);
  });

  it('under a burst, parallel guesses from failed addresses get one guess per opening', async () => {
    const owner = await createTestUser();
    const start = new Date('2026-04-10T10:00:00Z');
    const failed = Array.from({ length: SIGN_IN_LIMITS.accountBurst }, freshIp);
    for (const ip of failed) await verifyCredentialsThrottled(owner.email, 'wrong', ip, start);
    vi.mocked(verifyPassword).mockClear();
    const opening = at(start, 30 * SECOND);
    const results = await Promise.all(
      failed.map((ip) => verifyCredentialsThrottled(owner.email, 'wrong', ip, opening)),
    );
    expect(results.filter((r) => r.status === 'wrong')).toHaveLength(1);
    expect(verifyPassword).toHaveBeenCalledTimes(1);
  });
});
