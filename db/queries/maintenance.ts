import 'server-only';
import { sql } from 'drizzle-orm';
import { db, queryRows, type Transaction } from '@/db';
import { CHORE_LOCKS } from '@/db/chore-locks';
import { sendOrderDigests } from './order-alerts';
import { warnExpiringPurchases } from './purchase-expiry-warnings';
import { expireStalePurchases } from './purchases';
import { pruneRateLimits } from './rate-limits';
import { CHANGES_KEPT_MS, pruneCatalogEntryChanges } from './catalog/search-index';
import { pruneSessions } from './sessions';

export type Chore = keyof typeof CHORE_LOCKS;

/**
 * Runs `chore` in a transaction that first takes the chore's transaction-scoped advisory lock with
 * `pg_try_advisory_xact_lock`: when another instance (another connection) holds it, that instance is
 * doing this very chore now, so this one skips it (null) instead of doing it again or queueing behind
 * it. The lock ends with the transaction, also when the process dies. (On the embedded PGlite there is
 * one process and one connection: the lock is always free.)
 */
async function exclusively<T>(chore: Chore, work: (tx: Transaction) => Promise<T>): Promise<T | null> {
  return db.transaction(async (tx) => {
    const [row] = await queryRows<{ locked: boolean }>(
      tx,
      sql`select pg_try_advisory_xact_lock(${CHORE_LOCKS[chore]}) as locked`,
    );
    return row?.locked ? work(tx) : null;
  });
}

/**
 * The shop's periodic chores, each run by one instance at a time (`exclusively`) and each idempotent:
 * warn buyers whose payment window is about to close, expire pending purchases past it, send the
 * admins' hourly order digests (each admin at most once an hour: the digest claims its admins row by
 * row with FOR UPDATE SKIP LOCKED, db/queries/order-alerts.ts, so it needs no chore lock), drop
 * rate-limit windows older than a day, delete session rows that ended more than 30 days ago, and the
 * search index's change log older than a day (db/queries/catalog/search-index.ts).
 * `skipped` names the chores another instance was running at that moment. (The mail queue needs no
 * such lock: its delivery claims rows one by one, db/queries/email-outbox.ts `claimDueMail`.)
 */
export async function runMaintenance(now = new Date()) {
  const skipped: Chore[] = [];
  const run = async (chore: Chore, work: (tx: Transaction) => Promise<number>) => {
    const done = await exclusively(chore, work);
    if (done === null) skipped.push(chore);
    return done ?? 0;
  };
  const warned = await run('warnings', (tx) => warnExpiringPurchases(now, {}, tx));
  const expired = await run('expiry', (tx) => expireStalePurchases({}, now, tx));
  const digests = await sendOrderDigests(now);
  const pruned = await run('rateLimits', (tx) => pruneRateLimits(new Date(now.getTime() - 24 * 3_600_000), tx));
  const prunedSessions = await run('sessions', (tx) =>
    pruneSessions(new Date(now.getTime() - 30 * 24 * 3_600_000), tx),
  );
  const prunedSearchChanges = await run('searchChanges', (tx) =>
    pruneCatalogEntryChanges(new Date(now.getTime() - CHANGES_KEPT_MS), tx),
  );
  return { warned, expired, digests, pruned, prunedSessions, prunedSearchChanges, skipped };
}
