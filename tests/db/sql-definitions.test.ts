/**
 * db/sql/*.sql is the one place that shows every database function and trigger as the database has it
 * (issue 18, item 1). These tests hold that true on both drivers: what the migrations leave is exactly
 * what db/sql says (re-applying it changes nothing, and it names every function and trigger there is, each
 * once), the newest `npm run db:sql` migration is db/sql as committed, and the first such migration (0014)
 * changed nothing on a database that was at the migration before it.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsFolder, openPostgres, queryRows, type Database, type Executor } from '@/db/client';
import { dbSqlStatements, generatedMigrations, readDbSql, renderDbSqlMigration } from '@/scripts/lib/db-sql';
import { testHandle } from '../helpers/db';
import { adminSql, withDatabase } from '../setup/test-db';

type Definitions = { functions: Record<string, string>; triggers: Record<string, string> };

/**
 * Every function of the public schema (by signature) with `pg_get_functiondef` (arguments, result,
 * language, volatility, parallel safety, settings, body), and every trigger of a public table (by
 * `table.name`) with `pg_get_triggerdef` (timing, events, columns, transition tables, level, WHEN,
 * function) and whether it is enabled. Left out: what an extension owns (pg_trgm's functions) and the
 * internal triggers behind foreign keys.
 */
async function definitions(executor: Executor): Promise<Definitions> {
  const functions = await queryRows<{ signature: string; definition: string }>(
    executor,
    sql`select p.oid::regprocedure::text as signature,
        case when p.prokind in ('f', 'p') then pg_get_functiondef(p.oid) else 'prokind ' || p.prokind::text end as definition
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public' and not exists (select 1 from pg_depend d
        where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')`,
  );
  const triggers = await queryRows<{ name: string; definition: string }>(
    executor,
    sql`select c.relname || '.' || t.tgname as name, pg_get_triggerdef(t.oid) || ' -- enabled: ' || t.tgenabled::text as definition
      from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and not t.tgisinternal`,
  );
  return {
    functions: Object.fromEntries(functions.map((f) => [f.signature, f.definition])),
    triggers: Object.fromEntries(triggers.map((t) => [t.name, t.definition])),
  };
}

const sorted = (names: Iterable<string>) => [...names].sort();
const functionName = (signature: string) => signature.slice(0, signature.indexOf('('));

const files = readDbSql();
const statements = dbSqlStatements(files);

async function applyDbSql(executor: Executor) {
  for (const statement of statements) await executor.execute(sql.raw(statement.text));
}

describe('db/sql against a migrated database', () => {
  it('names every function and trigger the migrations leave, each once', async () => {
    const { functions, triggers } = await definitions(testHandle().db);
    const declaredFunctions = statements.filter((s) => s.kind === 'function').map((s) => s.name);
    const declaredTriggers = statements.filter((s) => s.kind === 'trigger').map((s) => `${s.table}.${s.name}`);
    expect(declaredFunctions.length).toBeGreaterThan(0);
    expect(declaredTriggers.length).toBeGreaterThan(0);
    // One definition per function and trigger: a second one further down would silently win.
    expect(sorted(new Set(declaredFunctions))).toEqual(sorted(declaredFunctions));
    expect(sorted(new Set(declaredTriggers))).toEqual(sorted(declaredTriggers));
    expect(sorted(Object.keys(functions).map(functionName))).toEqual(sorted(declaredFunctions));
    expect(sorted(Object.keys(triggers))).toEqual(sorted(declaredTriggers));
  });

  it('changes nothing when every db/sql file runs again: the definitions there are the ones in force', async () => {
    const { db } = testHandle();
    const before = await definitions(db);
    await applyDbSql(db);
    const after = await definitions(db);
    expect(Object.keys(after.functions).length).toBeGreaterThan(0);
    expect(after).toEqual(before);
  });
});

describe('the db:sql migrations', () => {
  const generated = generatedMigrations(migrationsFolder);

  it('the newest one is db/sql as it is now', () => {
    const newest = generated.at(-1);
    expect(newest, 'no migration written by `npm run db:sql` in drizzle/').toBeDefined();
    expect(
      newest!.text,
      `db/sql/ changed after drizzle/${newest!.tag}.sql was generated from it: run \`npm run db:sql\` and commit the new migration with db/sql`,
    ).toBe(renderDbSqlMigration(files));
  });

  const scratch: { close: () => Promise<void> }[] = [];
  const folders: string[] = [];
  afterAll(async () => {
    for (const s of scratch) await s.close();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it(
    'the first one re-applied what the migrations before it had made: on such a database it changed nothing',
    { timeout: 120_000 },
    async () => {
      const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
        entries: { tag: string }[];
      };
      const first = journal.entries.findIndex((entry) => entry.tag === generated[0]?.tag);
      expect(first).toBeGreaterThan(0);
      const database = await openScratchDatabase();
      scratch.push(database);

      await database.migrate(migrationsUpTo(journal, first - 1));
      const before = await definitions(database.db);
      await database.migrate(migrationsUpTo(journal, first));
      const after = await definitions(database.db);

      const applied = await queryRows<{ n: number }>(
        database.db,
        sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
      );
      expect(applied[0]!.n).toBe(first + 1);
      expect(Object.keys(before.functions).length).toBeGreaterThan(0);
      expect(after).toEqual(before);
    },
  );

  /** A copy of drizzle/ whose journal ends at entry `last`: the migrator applies those and no more. */
  function migrationsUpTo(journal: { entries: { tag: string }[] }, last: number): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'usitech-migrations-'));
    folders.push(folder);
    mkdirSync(path.join(folder, 'meta'));
    const entries = journal.entries.slice(0, last + 1);
    for (const { tag } of entries) cpSync(path.join(migrationsFolder, `${tag}.sql`), path.join(folder, `${tag}.sql`));
    writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }, null, 2));
    return folder;
  }
});

/** An empty database of the driver under test, migrated on demand from a given migrations folder. */
async function openScratchDatabase(): Promise<{
  db: Database;
  migrate: (folder: string) => Promise<void>;
  close: () => Promise<void>;
}> {
  if (process.env.TEST_DRIVER !== 'postgres') {
    const client = new PGlite('memory://', { extensions: { pg_trgm, unaccent } });
    const db = drizzlePglite({ client });
    return {
      db: db as unknown as Database,
      migrate: (folder) => migratePglite(db, { migrationsFolder: folder }),
      close: () => client.close(),
    };
  }
  const base = process.env.TEST_DATABASE_URL!;
  const name = `usitech_t_${randomBytes(6).toString('hex')}`;
  await adminSql(base, `CREATE DATABASE ${name}`);
  const handle = openPostgres(withDatabase(base, name), 1);
  return {
    db: handle.db,
    migrate: (folder) => migratePostgres(handle.db, { migrationsFolder: folder }),
    close: async () => {
      await handle.close();
      await adminSql(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
