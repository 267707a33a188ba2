import 'server-only';
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '@/db';

let detected: Promise<boolean> | undefined;

/** Whether this database has pg_trgm (typo-tolerant search); asked once per process. */
export function hasTrigram(executor: Executor): Promise<boolean> {
  detected ??= queryRows(executor, sql`select 1 as ok from pg_extension where extname = 'pg_trgm'`)
    .then((rows) => rows.length > 0)
    .catch((error: unknown) => {
      detected = undefined;
      throw error;
    });
  return detected;
}
