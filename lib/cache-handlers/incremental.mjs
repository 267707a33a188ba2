/**
 * Next's incremental cache in Redis (`cacheHandler` in next.config.mjs, only with REDIS_URL): the
 * anonymous ISR pages (app/public-view), route handler caches and `unstable_cache` entries
 * (server/catalog-cache.ts), shared by every instance of the build. See ./redis-store.mjs.
 *
 * Tags are checked on read, as Next's file-system cache does: an entry is a miss when one of its tags
 * (a page's `x-next-cache-tags`, an `unstable_cache` entry's tags and the implicit soft tags Next passes)
 * expired after the entry was stored, so `updateTag` and `revalidateTag(tag, { expire: 0 })` anywhere
 * make the next request render afresh. A tag only made stale (`revalidateTag(tag, profile)`) reaches
 * Next's own stale-while-revalidate check through the tags manifest (redis-store.mjs `tagStates`).
 */
import { clockNow, sharedRedisStore, tagsExpired } from './redis-store.mjs';

const TAGS_HEADER = 'x-next-cache-tags';

/** The tags an entry answers to. */
function entryTags(stored, ctx) {
  const value = stored.value;
  if (value?.kind === 'FETCH') {
    return [...(stored.tags ?? []), ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
  }
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === 'string' && header !== '' ? header.split(',') : [];
}

export default class RedisIncrementalCacheHandler {
  /** `ctx.store` only in tests (a store of their own); Next passes its CacheHandlerContext. */
  constructor(ctx = {}) {
    this.store = ctx.store ?? sharedRedisStore();
  }

  async get(key, ctx) {
    const stored = await this.store.getJson('e', key);
    if (!stored || stored.value === undefined) return null;
    const tags = entryTags(stored, ctx);
    if (tags.length > 0) {
      const states = await this.store.tagStates(tags);
      if (tagsExpired(states, tags, stored.lastModified)) return null;
    }
    return { lastModified: stored.lastModified, value: stored.value, cacheControl: stored.cacheControl };
  }

  async set(key, data, ctx) {
    if (!data) {
      await this.store.delete('e', key);
      return;
    }
    const fetchCache = Boolean(ctx?.fetchCache);
    const cacheControl = fetchCache ? undefined : ctx?.cacheControl;
    const expire = cacheControl?.expire;
    const entry = {
      lastModified: clockNow(),
      value: data,
      tags: fetchCache ? (ctx?.tags ?? []) : [],
      ...(cacheControl ? { cacheControl } : {}),
    };
    await this.store.setJson('e', key, entry, typeof expire === 'number' && expire > 0 ? expire : Infinity);
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags;
    if (list.length > 0) await this.store.updateTags(list, durations);
  }

  resetRequestCache() {}
}
