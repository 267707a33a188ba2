import 'server-only';
import { sendOrderDigests } from './order-alerts';
import { warnExpiringPurchases } from './purchase-expiry-warnings';
import { expireStalePurchases } from './purchases';
import { pruneRateLimits } from './rate-limits';
import { pruneSessions } from './sessions';

/**
 * The shop's periodic chores, each idempotent, so several app instances may run them at once:
 * warn buyers whose payment window is about to close, expire pending purchases past it, send the
 * admins' hourly order digests (each admin at most once an hour), drop
 * rate-limit windows older than a day, and delete session rows that ended more than 30 days ago.
 */
export async function runMaintenance(now = new Date()) {
  const warned = await warnExpiringPurchases(now);
  const expired = await expireStalePurchases({}, now);
  const digests = await sendOrderDigests(now);
  const pruned = await pruneRateLimits(new Date(now.getTime() - 24 * 3_600_000));
  const prunedSessions = await pruneSessions(new Date(now.getTime() - 30 * 24 * 3_600_000));
  return { warned, expired, digests, pruned, prunedSessions };
}
