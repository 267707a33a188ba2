import { CHORE_LOCKS } from '@/db/chore-locks';
import type { DirectDb } from '../direct-db';

/**
 * Tables a request may touch without changing anything a user owns: the session's last-seen time and the
 * rate limiter's counters. Every other table in the schema is compared.
 */
const VOLATILE = new Set(['user_sessions', 'rate_limits']);
/** The mail queue: the sender in the background marks earlier messages sent; a new message adds a row. */
const COUNT_ONLY = new Set(['email_outbox']);
const DIGEST = `count(*) || ':' || coalesce(max(t.xmin::text::bigint), 0)`;

/**
 * One digest per table: its row count and the newest writing transaction among its rows (`xmin`). An
 * insert, a delete or an update (even one that sets the same values) changes it: equal digests mean nothing
 * was written. Cheap enough to take around every call of the matrix and the fuzzing.
 */
export async function snapshot(sql: DirectDb): Promise<Record<string, string>> {
  query ??= digestQuery(
    (
      await sql<{ name: string }[]>`
        select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`
    ).map((t) => t.name),
  );
  const rows = await sql.unsafe<{ name: string; digest: string }[]>(query);
  return Object.fromEntries(rows.map((r) => [r.name, r.digest]));
}

let query: string | undefined;

/** One statement giving each table's digest (rows `name`, `digest`), for the tables of the schema. */
export function digestQuery(tables: string[]): string {
  return tables
    .filter((n) => !VOLATILE.has(n))
    .map((n) => `select '${n}' as name, ${COUNT_ONLY.has(n) ? 'count(*)::text' : DIGEST} as digest from "${n}" t`)
    .join(' union all ');
}

/** The tables whose rows differ between two snapshots. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((n) => before[n] !== after[n]);
}

/**
 * Keeps the server's periodic chores (expiring purchases, payment-window warnings, pruning) from writing
 * while a spec compares the database around each request: the direct connection (one, kept open) takes
 * each chore's advisory lock, so a chore run meanwhile skips, as it does when another instance runs it.
 * Without it a chore committing between two snapshots reads as a write by the refused request.
 */
export async function holdChores(sql: DirectDb): Promise<void> {
  for (const key of Object.values(CHORE_LOCKS)) await sql`select pg_advisory_lock(${key})`;
}
