import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openPglite, openPostgres, type DbHandle } from '@/db/client';

/** `postgres://…/usitech_test` → the same server, database `name`. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export function templateName(url: string): string {
  return `${new URL(url).pathname.slice(1) || 'usitech_test'}_template`;
}

/** Runs one statement on the server's maintenance connection (CREATE/DROP DATABASE). */
export async function adminSql(url: string, statement: string): Promise<void> {
  // Through the server's maintenance database `postgres`, which always exists: the database the URL names
  // may be the one about to be created (a new machine has no usitech_test yet).
  const sql = postgres(withDatabase(url, 'postgres'), { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(statement);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * A clean, migrated database for one test file: an in-memory PGlite, or on Postgres a new database
 * copied from the migrated template (tests/setup/postgres-template.ts). `close` drops it again.
 */
export async function createTestDatabase(): Promise<DbHandle & { url?: string }> {
  if (process.env.TEST_DRIVER !== 'postgres') {
    const handle = openPglite();
    await handle.migrate();
    return handle;
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DRIVER=postgres needs TEST_DATABASE_URL.');
  const name = `usitech_t_${randomBytes(6).toString('hex')}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await adminSql(base, `CREATE DATABASE ${name} TEMPLATE ${templateName(base)}`);
      break;
    } catch (error) {
      // Two CREATE DATABASE … TEMPLATE at once may see each other as users of the template.
      if (attempt >= 10) throw error;
      await new Promise((r) => setTimeout(r, 200 + Math.random() * 300));
    }
  }
  const url = withDatabase(base, name);
  const handle = openPostgres(url, 20);
  return {
    ...handle,
    url,
    close: async () => {
      await handle.close();
      await adminSql(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
