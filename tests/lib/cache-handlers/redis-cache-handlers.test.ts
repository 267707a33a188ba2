import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { tagsManifest } from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';
import type { CacheEntry } from 'next/dist/server/lib/cache-handlers/types';
import RedisIncrementalCacheHandler from '@/lib/cache-handlers/incremental.mjs';
import { createRedisStore, type RedisStore } from '@/lib/cache-handlers/redis-store.mjs';
import { createUseCacheHandler } from '@/lib/cache-handlers/use-cache.mjs';

/**
 * The Redis cache handlers (lib/cache-handlers/) against the real Redis (REDIS_TEST_URL, default
 * 127.0.0.1:6379). Each run has its own key prefix and removes its keys. "Another instance" is a second
 * store with its own connection, and this process's tags manifest is emptied before it reads, so what it
 * sees came through Redis, as it would in another process.
 */
const url = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
const prefix = `usitech-test:${randomUUID()}:`;
const options = { url, prefix, maxTtlSeconds: 3600, timeoutMs: 1000 };
let one: RedisStore;
let two: RedisStore;

beforeAll(async () => {
  one = createRedisStore(options);
  two = createRedisStore(options);
  if (!(await one.ready()) || !(await two.ready())) {
    throw new Error(`Redis is not reachable at ${url} (start redis-server, or set REDIS_TEST_URL)`);
  }
});

afterEach(() => tagsManifest.clear());

afterAll(async () => {
  const keys: string[] = [];
  for await (const batch of one.client.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) keys.push(...batch);
  if (keys.length > 0) await one.client.del(keys);
  await one.close();
  await two.close();
});

/** What another process sees: nothing in this process's memory. */
const elsewhere = () => tagsManifest.clear();

const page = (html: string, tags: string[]) => ({
  kind: 'APP_PAGE' as const,
  html,
  rscData: Buffer.from([0, 1, 2, 255]),
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  headers: { 'x-next-cache-tags': tags.join(',') },
  status: 200,
  postponed: undefined,
});
const pageCtx = { cacheControl: { revalidate: 3600, expire: 7200 }, isRoutePPREnabled: false, isFallback: false };
const fetchValue = (body: string) => ({
  kind: 'FETCH' as const,
  data: { headers: {}, body, status: 200, url: '' },
  revalidate: 3600,
});

async function waitPastNow() {
  // Entries and tag events are timed in milliseconds: keep them apart.
  await new Promise((r) => setTimeout(r, 5));
}

describe('incremental cache handler (cacheHandler)', () => {
  it('stores a page in Redis and gives it back to another instance, bytes and cache control intact', async () => {
    const key = `/page-${randomUUID()}`;
    await new RedisIncrementalCacheHandler({ store: one }).set(key, page('<p>hi</p>', ['catalog']) as never, pageCtx);
    const got = await new RedisIncrementalCacheHandler({ store: two }).get(key, { kind: 'APP_PAGE' } as never);
    expect(got?.cacheControl).toEqual({ revalidate: 3600, expire: 7200 });
    const value = got?.value as ReturnType<typeof page>;
    expect(value.html).toBe('<p>hi</p>');
    expect(Buffer.isBuffer(value.rscData) && [...value.rscData]).toEqual([0, 1, 2, 255]);
    expect(value.segmentData.get('/_tree')?.toString()).toBe('tree');
    expect(await one.client.ttl(`${prefix}e:${key}`)).toBeGreaterThan(3500);
  });

  it('a tag expired on one instance makes the page a miss on another; other pages stay', async () => {
    const [a, b] = [`/a-${randomUUID()}`, `/b-${randomUUID()}`];
    const tag = `workflow:${randomUUID()}`;
    const writer = new RedisIncrementalCacheHandler({ store: one });
    await writer.set(a, page('a', ['catalog-x', tag]) as never, pageCtx);
    await writer.set(b, page('b', ['catalog-x']) as never, pageCtx);
    await waitPastNow();
    // updateTag (no durations) and revalidateTag(tag, { expire: 0 }) both expire at once.
    await writer.revalidateTag(tag);
    elsewhere();
    const reader = new RedisIncrementalCacheHandler({ store: two });
    expect(await reader.get(a, { kind: 'APP_PAGE' } as never)).toBeNull();
    expect((await reader.get(b, { kind: 'APP_PAGE' } as never))?.value).toMatchObject({ html: 'b' });

    // Rendered again after the expiry: served again.
    await waitPastNow();
    await reader.set(a, page('a2', ['catalog-x', tag]) as never, pageCtx);
    expect((await writer.get(a, { kind: 'APP_PAGE' } as never))?.value).toMatchObject({ html: 'a2' });
  });

  it('revalidateTag with expire: 0 expires at once; with a longer expire the entry is only stale', async () => {
    const [now, later] = [`now-${randomUUID()}`, `later-${randomUUID()}`];
    const handler = new RedisIncrementalCacheHandler({ store: one });
    const key = `/k-${randomUUID()}`;
    await handler.set(key, page('x', [now, later]) as never, pageCtx);
    await waitPastNow();
    await new RedisIncrementalCacheHandler({ store: two }).revalidateTag(later, { expire: 3600 });
    elsewhere();
    // Stale, not expired: still served, and the tags manifest Next's stale-while-revalidate reads says stale.
    expect(await handler.get(key, { kind: 'APP_PAGE' } as never)).not.toBeNull();
    expect(tagsManifest.get(later)?.stale).toBeGreaterThan(0);
    await new RedisIncrementalCacheHandler({ store: two }).revalidateTag(now, { expire: 0 });
    elsewhere();
    expect(await handler.get(key, { kind: 'APP_PAGE' } as never)).toBeNull();
  });

  // The wall clock stepped while the server runs (NTP on a machine that just booted): an entry stamped by
  // one clock and a tag by another looked fresh after its tag expired (e2e/search.spec.ts's alias removal).
  it.each([
    ['back', -60_000],
    ['forward', 60_000],
  ])('a tag expired after the wall clock stepped %s still makes the entry a miss', async (_way, step) => {
    const tag = `stepped-${randomUUID()}`;
    const handler = new RedisIncrementalCacheHandler({ store: one });
    const key = `/stepped-${randomUUID()}`;
    const wall = Date.now;
    vi.spyOn(Date, 'now').mockImplementation(() => wall() + step);
    try {
      await handler.set(key, page('old', [tag]) as never, pageCtx);
      await waitPastNow();
      await handler.revalidateTag(tag);
      elsewhere();
      expect(await handler.get(key, { kind: 'APP_PAGE' } as never)).toBeNull();
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('unstable_cache entries answer to their tags and to the implicit soft tags Next passes on read', async () => {
    const handler = new RedisIncrementalCacheHandler({ store: one });
    const key = randomUUID();
    const tag = `reviews:${randomUUID()}`;
    const path = `_N_T_/workflows/${randomUUID()}`;
    const ctx = { kind: 'FETCH', tags: [tag], softTags: [path, '_N_T_/layout'] } as never;
    await handler.set(key, fetchValue('[1,2]') as never, { fetchCache: true, tags: [tag] } as never);
    expect((await handler.get(key, ctx))?.value).toMatchObject({ data: { body: '[1,2]' } });
    await waitPastNow();
    // revalidatePath(path) expires the implicit tag only, on the other instance.
    await new RedisIncrementalCacheHandler({ store: two }).revalidateTag([path]);
    elsewhere();
    expect(await handler.get(key, ctx)).toBeNull();
    // Its own tag alone also works (read without the soft tags).
    await handler.set(key, fetchValue('[3]') as never, { fetchCache: true, tags: [tag] } as never);
    expect(await handler.get(key, { kind: 'FETCH', tags: [], softTags: [] } as never)).not.toBeNull();
    await waitPastNow();
    await new RedisIncrementalCacheHandler({ store: two }).revalidateTag(tag);
    elsewhere();
    expect(await handler.get(key, { kind: 'FETCH', tags: [], softTags: [] } as never)).toBeNull();
  });

  it('entries and tag records carry a TTL, so Redis does not grow without bound', async () => {
    const key = `/ttl-${randomUUID()}`;
    const tag = `t-${randomUUID()}`;
    const handler = new RedisIncrementalCacheHandler({ store: one });
    await handler.set(key, page('x', [tag]) as never, { ...pageCtx, cacheControl: { revalidate: 60, expire: 120 } });
    const ttl = await one.client.ttl(`${prefix}e:${key}`);
    expect(ttl).toBeGreaterThan(100);
    expect(ttl).toBeLessThanOrEqual(120);
    // No expire of its own (unstable_cache with revalidate: false): the store's maximum.
    await handler.set(`${key}-f`, fetchValue('1') as never, { fetchCache: true, tags: [] } as never);
    expect(await one.client.ttl(`${prefix}e:${key}-f`)).toBeGreaterThan(3500);
    await handler.revalidateTag(tag);
    expect(await one.client.ttl(`${prefix}t:${tag}`)).toBeGreaterThan(3600);
    // A deleted entry (set to null) is gone.
    await handler.set(key, null, pageCtx);
    expect(await one.client.exists(`${prefix}e:${key}`)).toBe(0);
  });

  it('two prefixes (two shops, two builds) never see each other’s entries or tags', async () => {
    const other = createRedisStore({ ...options, prefix: `${prefix}other:` });
    try {
      const key = `/shared-${randomUUID()}`;
      await new RedisIncrementalCacheHandler({ store: one }).set(key, page('one', []) as never, pageCtx);
      expect(
        await new RedisIncrementalCacheHandler({ store: other }).get(key, { kind: 'APP_PAGE' } as never),
      ).toBeNull();
    } finally {
      await other.close();
    }
  });
});

describe('Redis unavailable', () => {
  it('a read is a miss and a write does nothing, without throwing, logged once', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    // Nothing listens on port 1.
    const down = createRedisStore({ ...options, url: 'redis://127.0.0.1:1', timeoutMs: 200 });
    try {
      const handler = new RedisIncrementalCacheHandler({ store: down });
      const started = Date.now();
      await expect(handler.get('/x', { kind: 'APP_PAGE' } as never)).resolves.toBeNull();
      await expect(handler.set('/x', page('x', ['t']) as never, pageCtx as never)).resolves.toBeUndefined();
      await expect(handler.revalidateTag('t')).resolves.toBeUndefined();
      const useCache = createUseCacheHandler(down);
      await expect(useCache.get('k', [])).resolves.toBeUndefined();
      await expect(useCache.getExpiration(['t'])).resolves.toBe(0);
      // The first call may wait for the connection (the timeout); the rest answer at once.
      expect(Date.now() - started).toBeLessThan(2000);
      expect(warnings.length).toBe(1);
      expect(String((warnings[0] as unknown[])[0])).toContain('unavailable');
    } finally {
      console.warn = warn;
      await down.close().catch(() => undefined);
    }
  });
});

describe("'use cache' handler (cacheHandlers default and remote)", () => {
  const entry = (body: string, tags: string[], over: Partial<CacheEntry> = {}) =>
    Promise.resolve({
      value: new Response(body).body!,
      tags,
      stale: 30,
      timestamp: Date.now(),
      expire: 3600,
      revalidate: 900,
      ...over,
    });
  const text = async (e: CacheEntry | undefined) => (e ? await new Response(e.value).text() : undefined);

  it('round trip through another instance; each get gives a fresh stream', async () => {
    const key = randomUUID();
    await createUseCacheHandler(one).set(key, entry('payload ✓', ['catalog']));
    const reader = createUseCacheHandler(two);
    const first = await reader.get(key, []);
    expect(await text(first)).toBe('payload ✓');
    expect(first).toMatchObject({ tags: ['catalog'], revalidate: 900, expire: 3600, stale: 30 });
    expect(await text(await reader.get(key, []))).toBe('payload ✓');
    const ttl = await one.client.ttl(`${prefix}u:${key}`);
    expect(ttl).toBeGreaterThan(3500);
    expect(ttl).toBeLessThanOrEqual(3600);
  });

  it('a get waits for a set still in progress on this instance', async () => {
    const key = randomUUID();
    const handler = createUseCacheHandler(one);
    let resolve: (e: CacheEntry) => void = () => {};
    const pending = new Promise<CacheEntry>((r) => (resolve = r));
    const setting = handler.set(key, pending);
    const getting = handler.get(key, []);
    resolve(await entry('late', []));
    await setting;
    expect(await text(await getting)).toBe('late');
  });

  it('updateTags on one instance: expired tag → miss on the other; stale tag → served with revalidate -1', async () => {
    const [expiredTag, staleTag] = [`e-${randomUUID()}`, `s-${randomUUID()}`];
    const [k1, k2] = [randomUUID(), randomUUID()];
    const writer = createUseCacheHandler(one);
    await writer.set(k1, entry('one', [expiredTag]));
    await writer.set(k2, entry('two', [staleTag]));
    await waitPastNow();
    await writer.updateTags([expiredTag]);
    await writer.updateTags([staleTag], { expire: 3600 });
    elsewhere();
    const reader = createUseCacheHandler(two);
    expect(await reader.get(k1, [])).toBeUndefined();
    const stale = await reader.get(k2, []);
    expect(await text(stale)).toBe('two');
    expect(stale?.revalidate).toBe(-1);
  });

  it('getExpiration gives the latest expiry of the implicit tags, 0 when none; shared with the incremental cache', async () => {
    const reader = createUseCacheHandler(two);
    const tags = [`_N_T_/${randomUUID()}`, `_N_T_/${randomUUID()}`];
    expect(await reader.getExpiration(tags)).toBe(0);
    const before = Date.now();
    await new RedisIncrementalCacheHandler({ store: one }).revalidateTag(tags[1]!);
    elsewhere();
    const at = await reader.getExpiration(tags);
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(Date.now());
  });

  it('an entry past its revalidate time or made with expire: 0 is not served', async () => {
    const handler = createUseCacheHandler(one);
    const [old, dynamic] = [randomUUID(), randomUUID()];
    await handler.set(old, entry('old', [], { timestamp: Date.now() - 901_000 }));
    expect(await handler.get(old, [])).toBeUndefined();
    await handler.set(dynamic, entry('dyn', [], { expire: 0 }));
    expect(await one.client.exists(`${prefix}u:${dynamic}`)).toBe(0);
  });
});
