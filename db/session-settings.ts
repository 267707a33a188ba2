/**
 * Settings every database session of the app starts with (postgres.js sends them at connect, PGlite runs
 * them once when opened). Plain module: db/client.ts and the catalog search both read it.
 */

/** Word similarity (pg_trgm) from which a title word counts as a typo of a query word (default 0.6 misses "shopfy"). */
export const TYPO_THRESHOLD = 0.45;

/**
 * pg_trgm's `%>` operator reads its threshold from this setting; set for the whole session, a typo search
 * needs no transaction of its own. Where pg_trgm is not installed it is an unused placeholder.
 */
export const sessionSettings: Record<string, string> = {
  'pg_trgm.word_similarity_threshold': String(TYPO_THRESHOLD),
};
