import 'server-only';
import { hitRateLimits, refundRateLimits, type RateLimitHit } from '@/db/queries/rate-limits';
import { verifyCredentials, type SessionUser } from '@/db/queries/users';

const WINDOW_MS = 15 * 60 * 1000;
/** Failed sign-ins per 15 minutes: per email address, and per IP (which several people may share). */
export const SIGN_IN_LIMITS = {
  email: { limit: 10, windowMs: WINDOW_MS },
  ip: { limit: 30, windowMs: WINDOW_MS },
} as const;

export function signInRateLimitKeys(email: string, ip: string): RateLimitHit[] {
  return [
    { key: `signin:email:${email.trim().toLowerCase()}`, rule: SIGN_IN_LIMITS.email },
    { key: `signin:ip:${ip}`, rule: SIGN_IN_LIMITS.ip },
  ];
}

/**
 * Checks credentials under the sign-in rate limit (shared by every app instance). Every attempt is
 * counted first, atomically, and a successful one is taken back, so only failures use up the budget.
 * Over the limit the password is not even checked; the caller answers with the same generic message.
 */
export async function verifyCredentialsThrottled(
  email: string,
  password: string,
  ip: string,
  now = new Date(),
): Promise<SessionUser | null> {
  const keys = signInRateLimitKeys(email, ip);
  const verdict = await hitRateLimits(keys, now);
  if (!verdict.allowed) return null;
  const user = await verifyCredentials(email, password);
  if (user) await refundRateLimits(keys, now);
  return user;
}
