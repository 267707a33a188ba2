import 'server-only';
import { warnExpiringPurchases } from './purchase-expiry-warnings';
import { sweepExpiredPurchases } from './purchases';
import { pruneRateLimits } from './rate-limits';

/**
 * The shop's periodic chores, each idempotent, so several app instances may run them at once:
 * warn buyers whose payment window is about to close, expire pending purchases past it, and drop
 * rate-limit windows older than a day.
 */
export async function runMaintenance(now = new Date()) {
  const warned = await warnExpiringPurchases(now);
  const expired = await sweepExpiredPurchases(now);
  const pruned = await pruneRateLimits(new Date(now.getTime() - 24 * 3_600_000));
  return { warned, expired, pruned };
}
