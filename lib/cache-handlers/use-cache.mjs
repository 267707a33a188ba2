/**
 * The `'use cache'` handlers (`cacheHandlers.default` and `.remote` in next.config.mjs, only with
 * REDIS_URL) in Redis, with the tag store the incremental cache uses (./redis-store.mjs). Next 16's
 * interface (node_modules/next/dist/server/lib/cache-handlers/types.d.ts): get, set, refreshTags,
 * getExpiration, updateTags; semantics as its default handler (cache-handlers/default.js): an entry past
 * `revalidate` or with an expired tag is a miss, one with a stale tag is served once with `revalidate: -1`
 * (refreshed in the background), an `expire: 0` entry is not stored.
 */
import { clockNow, sharedRedisStore, tagsExpired, tagsStale } from './redis-store.mjs';

/** A 'use cache' handler on `store`. */
export function createUseCacheHandler(store) {
  // A get for a key whose set is still running waits for it (the interface requires it).
  const pendingSets = new Map();

  return {
    async get(cacheKey) {
      await pendingSets.get(cacheKey);
      const stored = await store.getJson('u', cacheKey);
      if (!stored) return undefined;
      const { entry, value } = stored;
      const now = clockNow();
      if (entry.expire < 0 || now > entry.timestamp + entry.revalidate * 1000) return undefined;
      const states = await store.tagStates(entry.tags);
      if (tagsExpired(states, entry.tags, entry.timestamp, now)) return undefined;
      const revalidate = tagsStale(states, entry.tags, entry.timestamp) ? -1 : entry.revalidate;
      return {
        ...entry,
        revalidate,
        value: new ReadableStream({
          start(controller) {
            controller.enqueue(new Uint8Array(value));
            controller.close();
          },
        }),
      };
    },

    async set(cacheKey, pendingEntry) {
      let done = () => {};
      pendingSets.set(
        cacheKey,
        new Promise((resolve) => {
          done = resolve;
        }),
      );
      try {
        const entry = await pendingEntry;
        // Never read back in production (the wrapper renders it each time): not worth a write.
        if (entry.expire === 0) return;
        const value = Buffer.from(await new Response(entry.value).arrayBuffer());
        const { value: _stream, ...meta } = entry;
        await store.setJson('u', cacheKey, { entry: meta, value }, entry.expire);
      } catch {
        // A failed render or stream leaves no entry; the next request renders again.
      } finally {
        done();
        pendingSets.delete(cacheKey);
      }
    },

    /** Nothing to refresh: get and getExpiration read the tags from Redis each time. */
    async refreshTags() {},

    /** The latest expiry of the tags (the implicit tags of a request), 0 when none was revalidated. */
    async getExpiration(tags) {
      const states = await store.tagStates(tags);
      return Math.max(0, ...[...states.values()].map((s) => s.expired ?? 0));
    },

    async updateTags(tags, durations) {
      if (tags.length > 0) await store.updateTags(tags, durations);
    },
  };
}

let handler;
const shared = () => (handler ??= createUseCacheHandler(sharedRedisStore()));
/** One handler per process, on the shared store (created on first use: importing this file opens nothing). */
export default {
  get: (cacheKey) => shared().get(cacheKey),
  set: (cacheKey, pendingEntry) => shared().set(cacheKey, pendingEntry),
  refreshTags: () => shared().refreshTags(),
  getExpiration: (tags) => shared().getExpiration(tags),
  updateTags: (tags, durations) => shared().updateTags(tags, durations),
};
