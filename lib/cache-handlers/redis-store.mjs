/**
 * The Redis store behind Next's caches when REDIS_URL is set (next.config.mjs): the incremental cache
 * (`cacheHandler`, ./incremental.mjs: ISR pages, route handler caches, `unstable_cache`) and the
 * `'use cache'` handlers (`cacheHandlers`, ./use-cache.mjs). Both keep their entries here and share one
 * tag store, so `updateTag` / `revalidateTag` on one instance is seen by every other on its next read.
 *
 * Why our own and not a package (checked for issue 21): @fortedigital/nextjs-cache-handler calls its Next 16
 * support partial and its `cacheHandlers` support experimental; @trieb.work/nextjs-turbo-redis-cache pins
 * redis 4.7.0; neither follows Next 16.4's tag semantics (a tag `stale` vs `expired`, `expire: 0`) the way
 * Next's own handlers do. This is small and follows node_modules/next/dist/server/lib/incremental-cache/
 * file-system-cache.js and cache-handlers/default.js line by line.
 *
 * Plain JavaScript on purpose: Next imports these files at build and at start outside the app's bundle
 * (no TypeScript, no `@/` paths), so configuration is read from process.env here, not lib/env.ts.
 *
 * Keys (PREFIX = REDIS_KEY_PREFIX, default `usitech:<build id>:`, so two shops or two builds never share):
 *   PREFIX e:<key>  an incremental cache entry (JSON), TTL ≤ REDIS_CACHE_MAX_TTL seconds (default 7 days)
 *   PREFIX u:<key>  a 'use cache' entry (JSON), TTL its `expire`, ≤ the same maximum
 *   PREFIX t:<tag>  a tag's last revalidation: hash {stale, expired} (ms since the epoch), kept as long as
 *                   an entry stored before it can live, then dropped.
 * Redis unreachable or slow (> REDIS_CACHE_TIMEOUT_MS, default 500): a read is a miss and a write is
 * skipped, logged once per outage, so a page renders from the database instead of failing.
 * The instances' clocks must agree (NTP): an entry's time and a tag's time come from different machines.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createClient } from 'redis';
import { tagsManifest } from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';

const DAY = 24 * 60 * 60;

/** The build id of the app in the working directory, '' when there is no build (yet). */
function buildId() {
  try {
    return readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return '';
  }
}

function positiveInt(value, fallback) {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** The store's settings from the environment (REDIS_URL, REDIS_KEY_PREFIX, REDIS_CACHE_MAX_TTL, …). */
export function redisStoreOptionsFromEnv(env = process.env) {
  return {
    url: env.REDIS_URL?.trim() || 'redis://127.0.0.1:6379',
    prefix: env.REDIS_KEY_PREFIX?.trim() || `usitech:${buildId()}:`,
    maxTtlSeconds: positiveInt(env.REDIS_CACHE_MAX_TTL, 7 * DAY),
    timeoutMs: positiveInt(env.REDIS_CACHE_TIMEOUT_MS, 500),
  };
}

/** Buffers and Maps (a page's RSC payload and segments, a route's body) survive JSON. */
const BUFFER = '__usitech_buffer';
const MAP = '__usitech_map';

export function serialize(value) {
  return JSON.stringify(value, function replace(key, v) {
    const raw = this[key];
    if (raw instanceof Uint8Array) return { [BUFFER]: Buffer.from(raw).toString('base64') };
    if (raw instanceof Map) return { [MAP]: [...raw.entries()] };
    return v;
  });
}

export function deserialize(text) {
  return JSON.parse(text, (_key, v) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      if (typeof v[BUFFER] === 'string') return Buffer.from(v[BUFFER], 'base64');
      if (Array.isArray(v[MAP])) return new Map(v[MAP]);
    }
    return v;
  });
}

function withTimeout(promise, ms) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * One connection and the operations both handlers need. Every operation resolves: on any Redis failure
 * a read gives `undefined` and a write does nothing (the first failure of an outage is logged).
 */
export function createRedisStore(options) {
  const { url, prefix, maxTtlSeconds, timeoutMs } = options;
  const client = createClient({
    url,
    // Commands fail at once while disconnected instead of waiting in a queue: a page must not hang.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: Math.max(timeoutMs * 4, 5000),
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000),
    },
  });
  let down = false;
  const fail = (error) => {
    if (down) return;
    down = true;
    console.warn(`Shared cache: Redis at ${new URL(url).host} unavailable, serving without it (${error.message})`);
  };
  client.on('error', fail);
  client.on('ready', () => {
    if (down) console.warn('Shared cache: Redis available again');
    down = false;
  });
  const connecting = client.connect().catch(fail);
  let waited = false;

  /** Runs `op(client)` when connected; `undefined` when Redis is down, slow or failing. */
  async function run(op) {
    if (!client.isReady) {
      // The first requests after start wait for the connection, once, up to the timeout; later ones
      // (Redis down at start, or reconnecting) do not wait.
      if (!client.isOpen || waited) return undefined;
      await withTimeout(connecting, timeoutMs).catch(() => undefined);
      waited = true;
      if (!client.isReady) return undefined;
    }
    try {
      return await withTimeout(op(client), timeoutMs);
    } catch (error) {
      fail(error);
      return undefined;
    }
  }

  const ttl = (seconds) => Math.max(1, Math.min(Math.ceil(seconds), maxTtlSeconds));

  /** The last revalidation of each tag, from Redis, also copied into this process's tags manifest. */
  async function tagStates(tags) {
    const unique = [...new Set(tags)];
    if (unique.length === 0) return new Map();
    const replies = await run((c) => Promise.all(unique.map((t) => c.hmGet(`${prefix}t:${t}`, ['stale', 'expired']))));
    const states = new Map();
    unique.forEach((tag, i) => {
      const [stale, expired] = replies?.[i] ?? [];
      if (stale == null && expired == null) return;
      const state = {
        ...(stale != null ? { stale: Number(stale) } : {}),
        ...(expired != null ? { expired: Number(expired) } : {}),
      };
      states.set(tag, state);
      // Next's IncrementalCache and its 'use cache' wrapper read the process-wide tags manifest for
      // stale-while-revalidate; keep it in step with what the other instances wrote.
      tagsManifest.set(tag, { ...tagsManifest.get(tag), ...state });
    });
    return states;
  }

  return {
    prefix,
    maxTtlSeconds,
    ttl,
    client,
    ready: () => connecting.then(() => client.isReady),
    async getJson(kind, key) {
      const text = await run((c) => c.get(`${prefix}${kind}:${key}`));
      if (typeof text !== 'string') return undefined;
      try {
        return deserialize(text);
      } catch {
        return undefined;
      }
    },
    async setJson(kind, key, value, ttlSeconds) {
      await run((c) => c.set(`${prefix}${kind}:${key}`, serialize(value), { EX: ttl(ttlSeconds) }));
    },
    async delete(kind, key) {
      await run((c) => c.del(`${prefix}${kind}:${key}`));
    },
    tagStates,
    /**
     * A tag revalidated now, as Next's handlers record it: with `durations` (a cacheLife profile) the
     * tag is stale now and expires `expire` seconds later (`expire: 0` = at once); without, it expires now.
     */
    async updateTags(tags, durations) {
      const now = clockNow();
      const update = durations
        ? { stale: now, ...(durations.expire !== undefined ? { expired: now + durations.expire * 1000 } : {}) }
        : { expired: now };
      for (const tag of tags) tagsManifest.set(tag, { ...tagsManifest.get(tag), ...update });
      // Kept as long as an entry stored before this moment can live (entries live at most maxTtlSeconds).
      const keep = maxTtlSeconds + Math.max(0, durations?.expire ?? 0) + 60;
      const fields = Object.fromEntries(Object.entries(update).map(([k, v]) => [k, String(v)]));
      await run((c) => {
        const multi = c.multi();
        for (const tag of tags) multi.hSet(`${prefix}t:${tag}`, fields).expire(`${prefix}t:${tag}`, keep);
        return multi.exec();
      });
    },
    async close() {
      if (client.isReady) await client.close();
      else if (client.isOpen) client.destroy();
    },
  };
}

/**
 * The one clock of entries, tag records and the "now" of every check: Next's own (its tags manifest and
 * 'use cache' entries are stamped with it). `Date.now()` is the wall clock, which NTP may step while the
 * server runs (a machine that just booted): an entry stamped by one and a tag by the other looked fresh
 * for as long as the step after its tag expired.
 */
export const clockNow = () => Math.round(performance.timeOrigin + performance.now());

/** Next's rule (tags-manifest.external.js): expired when a tag's expiry has come and is after the entry. */
export function tagsExpired(states, tags, timestamp, now = clockNow()) {
  return tags.some((tag) => {
    const expired = states.get(tag)?.expired;
    return typeof expired === 'number' && expired <= now && expired > timestamp;
  });
}

/** Next's rule: stale when a tag was revalidated (with a profile) after the entry was made. */
export function tagsStale(states, tags, timestamp) {
  return tags.some((tag) => (states.get(tag)?.stale ?? 0) > timestamp);
}

let shared;
/** The process's one store, configured from the environment (both handlers use it). */
export function sharedRedisStore() {
  shared ??= createRedisStore(redisStoreOptionsFromEnv());
  return shared;
}
