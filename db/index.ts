import 'server-only';
import { openConfigured, type Database, type DbHandle } from './client';

export type { Database, Executor, Transaction } from './client';

const holder = globalThis as typeof globalThis & { __usitechDb?: DbHandle };

/** The process-wide handle, opened on first use (tests install their own before that). */
export function dbHandle(): DbHandle {
  holder.__usitechDb ??= openConfigured();
  return holder.__usitechDb;
}

/**
 * The app's database: PGlite under `.data/` without DATABASE_URL, postgres.js with it.
 * A proxy so that importing this module opens nothing; the first query opens the connection.
 */
export const db: Database = new Proxy({} as Database, {
  get(_target, prop) {
    const real = dbHandle().db;
    const value: unknown = Reflect.get(real, prop, real);
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

export { isUniqueViolation, queryRows } from './client';
