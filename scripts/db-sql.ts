/**
 * `npm run db:sql [-- --name <what_changed>]`: writes db/sql/*.sql (the current definition of every
 * function and trigger) into a new custom migration, so that existing databases get the change too.
 * drizzle-kit makes the empty migration (and its journal entry and snapshot); this fills it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { migrationsFolder } from '../db/client';
import { dbSqlStatements, generatedMigrations, readDbSql, renderDbSqlMigration } from './lib/db-sql';

const { values } = parseArgs({ options: { name: { type: 'string', default: 'functions_and_triggers' } } });
const name = values.name;
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error(`--name "${name}": use lower-case letters, digits and _ (it becomes drizzle/NNNN_${name}.sql).`);
  process.exit(1);
}

const files = readDbSql();
let migration: string;
try {
  migration = renderDbSqlMigration(files);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const latest = generatedMigrations(migrationsFolder).at(-1);
if (latest?.text === migration) {
  console.log(`db/sql has not changed since drizzle/${latest.tag}.sql: no migration to write.`);
  process.exit(0);
}

const journalFile = path.join(migrationsFolder, 'meta', '_journal.json');
const tagsBefore = new Set(readJournalTags());
const drizzleKit = path.join(process.cwd(), 'node_modules', '.bin', 'drizzle-kit');
const run = spawnSync(drizzleKit, ['generate', '--custom', '--name', name], { stdio: 'inherit' });
if (run.status !== 0) {
  console.error('drizzle-kit generate --custom failed (see above); nothing was written.');
  process.exit(run.status ?? 1);
}
const created = readJournalTags().filter((tag) => !tagsBefore.has(tag));
if (created.length !== 1) {
  console.error(`Expected drizzle-kit to add one migration to ${journalFile}, found ${created.length}.`);
  process.exit(1);
}

const target = path.join(migrationsFolder, `${created[0]}.sql`);
writeFileSync(target, migration);
const statements = dbSqlStatements(files);
const count = (kind: string) => statements.filter((s) => s.kind === kind).length;
console.log(
  `Wrote ${path.relative(process.cwd(), target)} from db/sql (${count('function')} functions, ${count('trigger')} triggers). ` +
    'Commit db/sql, the migration and drizzle/meta together.',
);

function readJournalTags(): string[] {
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  return journal.entries.map((entry) => entry.tag);
}
