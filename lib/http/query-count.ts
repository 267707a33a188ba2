import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * How many database queries one HTTP request ran: db/client.ts counts each statement here, and
 * scripts/serve.ts, when REPORT_DB_QUERIES=1 (the e2e server only), sends the count so far in the
 * response's `x-db-queries` header. It is how the tests show that a page served from the cache ran none.
 * The storage lives on globalThis: serve.ts and Next's server bundle each load their own copy of this module.
 */
export const QUERY_COUNT_HEADER = 'x-db-queries';

type Counter = { queries: number };

const KEY = Symbol.for('usitech.query-count');

function storage(): AsyncLocalStorage<Counter> {
  const global = globalThis as unknown as Record<symbol, AsyncLocalStorage<Counter> | undefined>;
  return (global[KEY] ??= new AsyncLocalStorage<Counter>());
}

export function withQueryCount<T>(counter: Counter, run: () => T): T {
  return storage().run(counter, run);
}

/** Counts one statement against the request being served (nothing outside a request). */
export function countQuery(): void {
  const counter = storage().getStore();
  if (counter) counter.queries++;
}
