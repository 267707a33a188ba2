/** Types of incremental.mjs: Next's incremental-cache handler interface. */
import type { CacheHandler, CacheHandlerContext } from 'next/dist/server/lib/incremental-cache';
import type { RedisStore } from './redis-store.mjs';

export default class RedisIncrementalCacheHandler implements CacheHandler {
  constructor(ctx?: Partial<CacheHandlerContext> & { store?: RedisStore });
  get: CacheHandler['get'];
  set: CacheHandler['set'];
  revalidateTag: CacheHandler['revalidateTag'];
  resetRequestCache(): void;
}
