import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { env } from '../lib/env';
import { sessionSettings } from './session-settings';
import { countQuery } from '../lib/http/query-count';

/** Counts each statement against the HTTP request being served (lib/http/query-count.ts). */
const queryCounter = { logQuery: countQuery };

/**
 * The one database type of the app. Both drivers speak the same Drizzle query API; the PGlite database
 * is typed as the postgres.js one so that queries and transactions have one signature.
 */
export type Database = PostgresJsDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** A database or a transaction: data-layer functions that compose accept either. */
export type Executor = Database | Transaction;

export type DbHandle = {
  db: Database;
  driver: 'pglite' | 'postgres';
  migrate: () => Promise<void>;
  close: () => Promise<void>;
  /**
   * Postgres only: runs a read-only statement as a named prepared statement on a small pool of its own
   * whose sessions plan generically (`plan_cache_mode = force_generic_plan`), so each connection parses
   * and plans it once, not on every call. Only for statements whose best plan does not depend on their
   * parameters' values (the word search: its tsquery is built inside the statement, so the planner never
   * sees it); the app's other queries keep their per-call custom plans.
   */
  prepared?: (query: SQL) => Promise<Record<string, unknown>[]>;
};

export const migrationsFolder = path.join(process.cwd(), 'drizzle');

/** Opens PGlite in memory (`dataDir` undefined) or file-backed under `dataDir`. */
export function openPglite(dataDir?: string): DbHandle {
  const release = dataDir ? lockPgliteFolder(dataDir) : () => {};
  const client = new PGlite(dataDir ?? 'memory://', { extensions: { pg_trgm, unaccent } });
  // Queued before any other query; a failure surfaces on the first query that waits for it.
  const settings = Object.entries(sessionSettings)
    .map(([name, value]) => `set "${name}" = '${value}';`)
    .join('\n');
  void client
    .exec(settings)
    .catch((error: unknown) => console.error('[db] could not apply the session settings:', error));
  const db = drizzlePglite({ client, schema, logger: queryCounter }) as unknown as Database;
  return {
    db,
    driver: 'pglite',
    migrate: () => migratePglite(drizzlePglite({ client, schema }), { migrationsFolder }),
    close: async () => {
      await client.close();
      release();
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite does not lock its folder, and two processes on one folder silently lose writes. A lock file
 * with the owner's pid refuses a second process (a stale lock of a dead process is taken over).
 */
function lockPgliteFolder(dataDir: string): () => void {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const lockFile = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      const release = () => rmSync(lockFile, { force: true });
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockFile, 'utf8'));
      if (owner === process.pid) return () => {};
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
        throw new Error(
          `The embedded database ${dataDir} is in use by process ${owner}. Stop that process (e.g. a running \`npm start\`) first: only one process may open a PGlite folder.`,
        );
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}; remove ${lockFile} if no app is running.`);
}

export function openPostgres(url: string, max = 10): DbHandle {
  const client = postgres(url, { max, onnotice: () => {}, connect_timeout: 10, connection: sessionSettings });
  const db = drizzlePostgres({ client, schema, logger: queryCounter });
  const dialect = new PgDialect();
  // Opened on first use; its connections recycle after postgres.js's max_lifetime (30–60 min), which
  // bounds the prepared statements each one keeps.
  let planned: postgres.Sql | null = null;
  return {
    db,
    driver: 'postgres',
    migrate: () => migratePostgres(db, { migrationsFolder }),
    close: async () => {
      await Promise.all([client.end({ timeout: 5 }), planned?.end({ timeout: 5 })]);
    },
    prepared: async (query) => {
      planned ??= postgres(url, {
        max: Math.max(1, Math.ceil(max / 2)),
        onnotice: () => {},
        connect_timeout: 10,
        connection: { ...sessionSettings, plan_cache_mode: 'force_generic_plan' },
      });
      const { sql: text, params } = dialect.sqlToQuery(query);
      // Not through drizzle, so counted here (lib/http/query-count.ts).
      countQuery();
      return planned.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true });
    },
  };
}

/** Where the embedded database lives: `<DATA_DIR>/pglite`, relative to the project. */
export function pgliteDir(dataDir = env().DATA_DIR): string {
  return path.resolve(process.cwd(), dataDir, 'pglite');
}

/** Opens the database this process is configured for: Postgres with DATABASE_URL, else PGlite. */
export function openConfigured(): DbHandle {
  const url = env().DATABASE_URL;
  return url ? openPostgres(url) : openPglite(pgliteDir());
}

/**
 * Rows of a raw `executor.execute(sql…)`: postgres.js returns an array, PGlite an object with `rows`.
 * Prefer the query builder; use this where raw SQL is clearer (search ranking, aggregates).
 */
export async function queryRows<T extends Record<string, unknown>>(executor: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await executor.execute(query);
  if (Array.isArray(result)) return result as T[];
  return (result as { rows?: T[] }).rows ?? [];
}

/** True when `error` (or its cause) is a Postgres unique violation, optionally of one constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const pg = e as { code?: string; constraint_name?: string; constraint?: string; cause?: unknown };
    if (pg.code === '23505') {
      return !constraint || pg.constraint_name === constraint || pg.constraint === constraint;
    }
    e = pg.cause;
  }
  return false;
}
