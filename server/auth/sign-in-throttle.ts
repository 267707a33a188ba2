import 'server-only';
import {
  clearRateLimit,
  hitRateLimit,
  recentEvents,
  recordEvent,
  refundRateLimits,
  type RateLimitRule,
} from '@/db/queries/rate-limits';
import { verifyCredentials, type SessionUser } from '@/db/queries/users';
import { AppError, em, isAppError, type Refusal } from '@/lib/errors';
import type { ThrottleReason } from '@/lib/auth/sign-in-throttled-error';
import { notifySignInBurst } from '@/db/queries/sign-in-alerts';
import { kickMailDelivery } from '@/server/mail';

const WINDOW_MS = 15 * 60 * 1000;

/**
 * Password guesses are counted three ways (every number is per 15 minutes):
 * - per (account, address): 5 failures, then that address waits for the window's end for that account;
 * - per address: 30 failures over all accounts, then that address waits;
 * - per account, from anywhere: from the 10th failure on the account is under attack: an address that
 *   has already failed on it gets one more guess only after a delay that doubles with every further
 *   failure (30 s, 1 min, 2 min … up to 15 min), and the owner gets a notice and an email.
 * An address that has not failed on the account is never slowed by the account's count, so a burst from
 * many addresses never locks the owner out; the attacker's addresses each get one free guess and are
 * then slowed like the rest. Every refusal happens before the password hash is verified.
 */
export const SIGN_IN_LIMITS = {
  accountAddress: { limit: 5, windowMs: WINDOW_MS },
  address: { limit: 30, windowMs: WINDOW_MS },
  /** Failures against one account (sliding window) from which failed addresses are slowed. */
  accountBurst: 10,
  firstDelayMs: 30_000,
  maxDelayMs: WINDOW_MS,
  windowMs: WINDOW_MS,
} as const;

const normal = (account: string) => account.trim().toLowerCase();
const keys = (account: string, ip: string) => ({
  accountAddress: `signin:account-ip:${normal(account)}:${ip}`,
  address: `signin:ip:${ip}`,
  failures: `signin:failures:${normal(account)}`,
  notice: `signin:notice:${normal(account)}`,
  gate: (latest: Date) => `signin:gate:${normal(account)}:${latest.getTime()}`,
});

/** The wait before a failed address may guess again, once the account has had `failures` failures. */
export function accountDelayMs(failures: number): number {
  const { accountBurst, firstDelayMs, maxDelayMs } = SIGN_IN_LIMITS;
  if (failures < accountBurst) return 0;
  return Math.min(firstDelayMs * 2 ** (failures - accountBurst), maxDelayMs);
}

export type PasswordAttempt<T> =
  | { status: 'ok'; value: T }
  | { status: 'wrong' }
  | { status: 'throttled'; reason: ThrottleReason; retryAfterMs: number };

type Attempt = { account: string; ip: string; now?: Date };

/**
 * Runs `check` (which verifies a password and answers null when it is wrong) under the sign-in limits.
 * Each attempt is first counted, atomically, against the address's budgets, so parallel guesses cannot
 * pass more than the budget; a right password takes its count back and clears the address's failures
 * on that account. A wrong one is logged against the account.
 */
export async function throttledPasswordCheck<T>(
  { account, ip, now = new Date() }: Attempt,
  check: () => Promise<T | null>,
): Promise<PasswordAttempt<T>> {
  const k = keys(account, ip);
  const { accountAddress: pairRule, address: addressRule } = SIGN_IN_LIMITS;
  const hits = [
    { key: k.accountAddress, rule: pairRule as RateLimitRule },
    { key: k.address, rule: addressRule as RateLimitRule },
  ];
  const [pair, address] = await Promise.all(hits.map((h) => hitRateLimit(h.key, h.rule, now)));
  if (!pair!.allowed || !address!.allowed) {
    // A refused attempt checks no password, so it uses up no budget it was not refused by.
    await refundRateLimits(
      hits.filter((_, i) => [pair!, address!][i]!.allowed),
      now,
    );
    const blocking = [pair!, address!].filter((r) => !r.allowed);
    const resetAt = Math.max(...blocking.map((r) => r.resetAt.getTime()));
    return { status: 'throttled', reason: 'address', retryAfterMs: resetAt - now.getTime() };
  }

  // An address that has failed on this account in this window waits while the account is under attack.
  const failedHere = pair!.count > 1;
  if (failedHere) {
    const recent = await recentEvents(k.failures, new Date(now.getTime() - WINDOW_MS), now);
    const delay = accountDelayMs(recent.count);
    if (delay > 0 && recent.latest) {
      const opensAt = recent.latest.getTime() + delay;
      // One guess per opening: parallel attempts race for the gate row, and only one wins it.
      const gate =
        opensAt <= now.getTime()
          ? await hitRateLimit(k.gate(recent.latest), { limit: 1, windowMs: WINDOW_MS }, now)
          : null;
      if (!gate?.allowed) {
        await refundRateLimits(hits, now);
        const retryAfterMs = Math.max(opensAt - now.getTime(), 0) || delay;
        return { status: 'throttled', reason: 'account', retryAfterMs };
      }
    }
  }

  const value = await check();
  if (value !== null) {
    await clearRateLimit(k.accountAddress, pairRule, now);
    await refundRateLimits([hits[1]!], now);
    return { status: 'ok', value };
  }
  await recordEvent(k.failures, now);
  await warnOwnerOnBurst(account, k, now);
  return { status: 'wrong' };
}

/** Once per 15-minute window, when the account's failures reach the burst size: notice and email. */
async function warnOwnerOnBurst(account: string, k: ReturnType<typeof keys>, now: Date): Promise<void> {
  const recent = await recentEvents(k.failures, new Date(now.getTime() - WINDOW_MS), now);
  if (recent.count < SIGN_IN_LIMITS.accountBurst) return;
  const once = await hitRateLimit(k.notice, { limit: 1, windowMs: WINDOW_MS }, now);
  if (!once.allowed) return;
  try {
    if (await notifySignInBurst(normal(account), recent.count, now)) kickMailDelivery();
  } catch (error) {
    console.error('[sign-in] could not warn the account owner about failed sign-ins:', error);
  }
}

/** Email + password sign-in under the limits (next-auth's authorize calls this). */
export function verifyCredentialsThrottled(
  email: string,
  password: string,
  ip: string,
  now = new Date(),
): Promise<PasswordAttempt<SessionUser>> {
  return throttledPasswordCheck({ account: email, ip, now }, () => verifyCredentials(email, password));
}

/**
 * A current-password check in settings (email change, password change, account deletion) under the
 * same limits as sign-in, keyed on the account's email and the client address. `run` verifies the
 * password and does the change; it signals a wrong password by throwing AppError('invalid') on the
 * `currentPassword` field. Refused attempts throw AppError('rate_limited') on `field` before `run`
 * (so before any password hash is verified).
 */
export async function withPasswordThrottle<T>(attempt: Attempt, field: string, run: () => Promise<T>): Promise<T> {
  let wrong: unknown;
  let otherError: { error: unknown } | undefined;
  const result = await throttledPasswordCheck(attempt, async () => {
    try {
      return { value: await run() };
    } catch (error) {
      if (isAppError(error) && error.code === 'invalid' && error.field === 'currentPassword') {
        wrong = error;
        return null;
      }
      // Anything else (a taken email, a conflict) happened after the password was accepted.
      otherError = { error };
      return { value: undefined };
    }
  });
  if (result.status === 'throttled') {
    const { key, values } = throttledMessage(result.reason, result.retryAfterMs, 'password');
    throw new AppError('rate_limited', key, { field, values });
  }
  if (result.status === 'wrong') throw wrong;
  if (otherError) throw otherError.error;
  return result.value.value as T;
}

/**
 * A wait as the values of the messages that say it ("in 40 seconds", "in 1 minute", "in 12 minutes":
 * `{unit, select, second {…} other {…}}` with `{count, plural, …}` in messages/<locale>/errors.json).
 */
export function waitValues(ms: number): { unit: 'second' | 'minute'; count: number } {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return { unit: 'second', count: seconds };
  return { unit: 'minute', count: Math.ceil(seconds / 60) };
}

/**
 * What the person signing in reads when an attempt was refused before the password was checked: a key of
 * the `errors` namespace and its values, translated where it is shown (actions/auth.ts, errorState).
 */
export function throttledMessage(
  reason: ThrottleReason,
  retryAfterMs: number,
  kind: 'sign-in' | 'password' = 'sign-in',
): Refusal & { key: ReturnType<typeof em> } {
  const values = waitValues(retryAfterMs);
  if (reason === 'account') return { key: em('signInThrottledAccount'), values };
  return {
    key: kind === 'sign-in' ? em('signInThrottledAddress') : em('passwordThrottledAddress'),
    values,
  };
}
