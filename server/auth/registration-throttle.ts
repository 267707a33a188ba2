import 'server-only';
import { hitRateLimit } from '@/db/queries/rate-limits';
import { env } from '@/lib/env';
import { AppError, em } from '@/lib/errors';
import { waitValues } from './sign-in-throttle';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Counts a registration attempt (created or refused, e.g. "this email already has an account") against
 * the client address's hourly budget, REGISTRATION_LIMIT_PER_HOUR (default 5), so the register form
 * cannot be used to find out at scale which emails have accounts. Over it: `rate_limited`.
 */
export async function countRegistrationAttempt(ip: string, now = new Date()): Promise<void> {
  const limit = env().REGISTRATION_LIMIT_PER_HOUR;
  const verdict = await hitRateLimit(`register:ip:${ip}`, { limit, windowMs: HOUR_MS }, now);
  if (!verdict.allowed) {
    throw new AppError('rate_limited', em('registrationLimited'), {
      values: waitValues(verdict.resetAt.getTime() - now.getTime()),
    });
  }
}
