/** Types of redis-store.mjs (plain JavaScript: Next imports it untranspiled). */
import type { RedisClientType } from 'redis';

export type TagState = { stale?: number; expired?: number };
export type RedisStoreOptions = { url: string; prefix: string; maxTtlSeconds: number; timeoutMs: number };
export type RedisStore = {
  readonly prefix: string;
  readonly maxTtlSeconds: number;
  readonly client: RedisClientType;
  ready(): Promise<boolean>;
  getJson(kind: string, key: string): Promise<unknown>;
  setJson(kind: string, key: string, value: unknown, ttlSeconds: number): Promise<void>;
  delete(kind: string, key: string): Promise<void>;
  tagStates(tags: readonly string[]): Promise<Map<string, TagState>>;
  updateTags(tags: readonly string[], durations?: { expire?: number }): Promise<void>;
  close(): Promise<void>;
};
export function redisStoreOptionsFromEnv(env?: Record<string, string | undefined>): RedisStoreOptions;
export function createRedisStore(options: RedisStoreOptions): RedisStore;
export function serialize(value: unknown): string;
export function deserialize(text: string): unknown;
export const clockNow: () => number;
export function tagsExpired(
  states: Map<string, TagState>,
  tags: readonly string[],
  timestamp: number,
  now?: number,
): boolean;
export function tagsStale(states: Map<string, TagState>, tags: readonly string[], timestamp: number): boolean;
export function sharedRedisStore(): RedisStore;
