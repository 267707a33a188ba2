import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { hitRateLimit, pruneRateLimits, refundRateLimits, windowStart } from '@/db/queries/rate-limits';
import { rateLimits } from '@/db/schema';
import { testDriver } from '../../helpers/db';

const rule = { limit: 3, windowMs: 60_000 };
const at = (iso: string) => new Date(iso);

describe('rate limits (fixed windows in Postgres)', () => {
  it('allows `limit` hits per window, refuses the next, and starts again in the next window', async () => {
    const key = `t:${crypto.randomUUID()}`;
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hitRateLimit(key, rule, at('2026-01-01T10:00:30Z')));
    expect(results.map((r) => [r.count, r.allowed])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, false],
    ]);
    expect(results[3]?.resetAt.toISOString()).toBe('2026-01-01T10:01:00.000Z');
    expect((await hitRateLimit(key, rule, at('2026-01-01T10:01:00Z'))).allowed).toBe(true);
    expect((await hitRateLimit(`${key}-other`, rule, at('2026-01-01T10:00:59Z'))).count).toBe(1);
  });

  it('a refund takes one hit back, never below zero', async () => {
    const key = `t:${crypto.randomUUID()}`;
    const now = at('2026-01-01T10:00:00Z');
    await hitRateLimit(key, rule, now);
    await refundRateLimits([{ key, rule }], now);
    await refundRateLimits([{ key, rule }], now);
    const [row] = await db
      .select()
      .from(rateLimits)
      .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowStart(now, rule.windowMs))));
    expect(row?.count).toBe(0);
  });

  it('prunes old windows', async () => {
    const key = `t:${crypto.randomUUID()}`;
    await hitRateLimit(key, rule, at('2020-01-01T00:00:00Z'));
    await hitRateLimit(key, rule, at('2030-01-01T00:00:00Z'));
    expect(await pruneRateLimits(at('2025-01-01T00:00:00Z'))).toBeGreaterThanOrEqual(1);
    const rows = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
    expect(rows).toHaveLength(1);
  });

  it.runIf(testDriver() === 'postgres')('parallel hits get exact, distinct counts', async () => {
    const key = `t:${crypto.randomUUID()}`;
    const now = at('2026-01-01T10:00:00Z');
    const results = await Promise.all(
      Array.from({ length: 40 }, () => hitRateLimit(key, { limit: 25, windowMs: 60_000 }, now)),
    );
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(results.filter((r) => r.allowed)).toHaveLength(25);
  });
});
