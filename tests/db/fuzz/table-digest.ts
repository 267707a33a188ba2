import { sql } from 'drizzle-orm';
import { db } from '@/db';
import { queryRows } from '@/db/client';
import { digestQuery } from '../../../e2e/support/db-snapshot';

/**
 * A function giving every table's digest (e2e/support/db-snapshot.ts: row count and newest writing
 * transaction, the volatile tables left out), taken again only when some transaction wrote since the last
 * call: a write takes a transaction id, so an unchanged next id means nothing was written at all (most
 * refusals), and the comparison costs one small statement. Transactions elsewhere on the server (other
 * databases of a shared Postgres) only make it take the digest more often.
 */
export function tableDigest(): () => Promise<Record<string, string>> {
  let query: string | undefined;
  let last: { xid: string; digest: Record<string, string> } | undefined;
  return async () => {
    const [row] = await queryRows<{ xid: string }>(
      db,
      sql`select pg_snapshot_xmax(pg_current_snapshot())::text as xid`,
    );
    if (last && last.xid === row?.xid) return last.digest;
    query ??= digestQuery(
      (
        await queryRows<{ name: string }>(
          db,
          sql`select table_name as name from information_schema.tables
              where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
        )
      ).map((t) => t.name),
    );
    const rows = await queryRows<{ name: string; digest: string }>(db, sql.raw(query));
    last = { xid: row?.xid ?? '', digest: Object.fromEntries(rows.map((r) => [r.name, r.digest])) };
    return last.digest;
  };
}
