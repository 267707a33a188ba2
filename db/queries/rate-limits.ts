import 'server-only';
import { and, eq, gt, lt, lte, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { rateLimits } from '@/db/schema';

/** At most `limit` hits per fixed window of `windowMs`. */
export type RateLimitRule = { limit: number; windowMs: number };
export type RateLimitHit = { key: string; rule: RateLimitRule };
export type RateLimitResult = { allowed: boolean; count: number; resetAt: Date };

/** The start of the fixed window that `now` falls in. */
export function windowStart(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/**
 * Counts one hit on `key` in the current window and answers whether it is within the limit. One
 * `INSERT … ON CONFLICT DO UPDATE … RETURNING`, so parallel hits from several app instances each get
 * their own exact count.
 */
export async function hitRateLimit(
  key: string,
  rule: RateLimitRule,
  now = new Date(),
  executor: Executor = db,
): Promise<RateLimitResult> {
  const start = windowStart(now, rule.windowMs);
  const [row] = await executor
    .insert(rateLimits)
    .values({ key, windowStart: start, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  const count = row?.count ?? 1;
  return { allowed: count <= rule.limit, count, resetAt: new Date(start.getTime() + rule.windowMs) };
}

/** Counts one hit on every key; allowed only when every key is within its limit. */
export async function hitRateLimits(hits: RateLimitHit[], now = new Date()): Promise<RateLimitResult> {
  const results = await Promise.all(hits.map((h) => hitRateLimit(h.key, h.rule, now)));
  return {
    allowed: results.every((r) => r.allowed),
    count: Math.max(0, ...results.map((r) => r.count)),
    resetAt: new Date(Math.max(0, ...results.map((r) => r.resetAt.getTime()))),
  };
}

/** Takes back one hit (e.g. a successful sign-in does not count as a failed attempt). */
export async function refundRateLimits(hits: RateLimitHit[], now = new Date()): Promise<void> {
  for (const { key, rule } of hits) {
    await db
      .update(rateLimits)
      .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
      .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowStart(now, rule.windowMs))));
  }
}

/** Removes the counters of windows that started before `before` (for a periodic clean-up). */
export async function pruneRateLimits(before: Date, executor: Executor = db): Promise<number> {
  const rows = await executor
    .delete(rateLimits)
    .where(lt(rateLimits.windowStart, before))
    .returning({ key: rateLimits.key });
  return rows.length;
}

/** Forgets the current window's hits on `key` (e.g. a successful sign-in from an address that had failed). */
export async function clearRateLimit(key: string, rule: RateLimitRule, now = new Date()): Promise<void> {
  await db
    .delete(rateLimits)
    .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowStart(now, rule.windowMs))));
}

/**
 * Event logs in the same table, for a sliding window: each event is a row whose `window_start` is the
 * moment it happened (`count` > 1 when several fell in the same millisecond). pruneRateLimits clears
 * old events like old windows.
 */
export async function recordEvent(key: string, at = new Date()): Promise<void> {
  await db
    .insert(rateLimits)
    .values({ key, windowStart: at, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    });
}

/** How many events `key` had after `since` (up to `now`), and when the latest one was. */
export async function recentEvents(
  key: string,
  since: Date,
  now = new Date(),
): Promise<{ count: number; latest: Date | null }> {
  const [row] = await db
    .select({
      count: sql<number>`coalesce(sum(${rateLimits.count}), 0)::int`,
      latest: sql<string | Date | null>`max(${rateLimits.windowStart})`,
    })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), gt(rateLimits.windowStart, since), lte(rateLimits.windowStart, now)));
  return { count: Number(row?.count ?? 0), latest: row?.latest ? new Date(row.latest) : null };
}
