/** Types of use-cache.mjs: Next's 'use cache' handler interface. */
import type { CacheHandler } from 'next/dist/server/lib/cache-handlers/types';
import type { RedisStore } from './redis-store.mjs';

export function createUseCacheHandler(store: RedisStore): CacheHandler;
declare const handler: CacheHandler;
export default handler;
