import 'server-only';
import type { SQL } from 'drizzle-orm';
import { onShutdown } from '@/lib/shutdown';
import { openConfigured, queryRows, type Database, type DbHandle, type Executor } from './client';

export type { Database, Executor, Transaction } from './client';

const holder = globalThis as typeof globalThis & { __usitechDb?: DbHandle };

/** The process-wide handle, opened on first use (tests install their own before that). */
export function dbHandle(): DbHandle {
  if (!holder.__usitechDb) {
    const handle = openConfigured();
    holder.__usitechDb = handle;
    // A graceful stop (scripts/serve.ts) closes the pools after the last request and chore.
    onShutdown('database', async () => {
      if (holder.__usitechDb === handle) holder.__usitechDb = undefined;
      await handle.close();
    });
  }
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

/**
 * A statement drizzle builds once per database handle (`.prepare()`, its values as `sql.placeholder`s), for
 * the reads every signed-in request makes (the session row, the header's counts): building a query's SQL
 * and its result mapping from the schema objects is a few percent of such a request's CPU (issue 20). Kept
 * per handle, since a test or a restart may open another; run with `.execute({ … })`. Not for a transaction.
 */
export function preparedOnce<T>(build: (database: Database) => T): () => T {
  const built = new WeakMap<Database, T>();
  return () => {
    const real = dbHandle().db;
    let statement = built.get(real);
    if (statement === undefined) {
      statement = build(real);
      built.set(real, statement);
    }
    return statement;
  };
}

/**
 * Rows of a read-only statement whose best plan does not depend on its parameters' values: through the
 * app's database (no `executor`) on Postgres, a prepared statement planned once per connection
 * (DbHandle.prepared); in a transaction or on PGlite, an ordinary query.
 */
export async function queryPlanned<T extends Record<string, unknown>>(query: SQL, executor?: Executor): Promise<T[]> {
  const prepared = executor ? undefined : dbHandle().prepared;
  if (prepared) return (await prepared(query)) as T[];
  return queryRows<T>(executor ?? db, query);
}
