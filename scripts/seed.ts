/**
 * `npm run db:seed`: migrate, then seed the demo shop into an empty database (this is how a Postgres
 * database gets the demo; `npm start` seeds it there only with SEED_DEMO=1). In production (NODE_ENV=
 * production or an https APP_URL) it refuses unless ALLOW_DEMO_ACCOUNTS=1: the demo passwords are public.
 * `npm run db:seed -- --workflows 100000`: also add that many generated workflows (search at scale).
 * Uses DATABASE_URL (Postgres) when set, else the embedded PGlite under DATA_DIR (default .data).
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { openConfigured } from '../db/client';
import { ADMIN_OUTCOME_TEXT, countUsers } from '../db/seed/accounts';
import { activeDemoAccounts, DEMO_ACCOUNTS, ensureAdminFromEnv, seedDemo } from '../db/seed/demo';
import { isProductionLike } from './lib/prepare-database';
import { seedLargeCatalog } from '../db/seed/large';
import { loadDotEnv } from './lib/runtime';

const usage = `Usage: npm run db:seed [-- --workflows <count>]

  --workflows, -w <count>  also add <count> generated workflows (e.g. 100000)
  --help, -h               show this help`;

function parseCli(): { workflows: number } {
  try {
    const { values } = parseArgs({
      // `npx tsx scripts/seed.ts -- --workflows N` passes the `--` through; npm run strips it.
      args: process.argv.slice(2).filter((a) => a !== '--'),
      options: { workflows: { type: 'string', short: 'w' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    });
    if (values.help) {
      console.log(usage);
      process.exit(0);
    }
    const raw = values.workflows?.replace(/[_,]/g, '');
    const workflows = raw === undefined ? 0 : Number(raw);
    if (!Number.isInteger(workflows) || workflows < 0 || workflows > 5_000_000) {
      throw new Error(`--workflows must be a whole number between 0 and 5000000, not "${values.workflows}"`);
    }
    return { workflows };
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}

/** The error and its causes, one message per line (the full error with DEBUG=1). */
function describe(error: unknown): string {
  if (process.env.DEBUG) return String((error as Error)?.stack ?? error);
  const lines: string[] = [];
  for (let e: unknown = error, i = 0; e && i < 5; i++, e = (e as { cause?: unknown }).cause) {
    lines.push(`${i === 0 ? '' : 'caused by: '}${(e as Error).message ?? String(e)}`);
  }
  return lines.join('\n  ');
}

/** A sentence on what to do about the error, from its SQLSTATE / errno. */
function hint(error: unknown, usesPostgres: boolean): string {
  const codes: string[] = [];
  for (let e: unknown = error, i = 0; e && i < 5; i++, e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
  }
  if (codes.includes('DEMO_IN_PRODUCTION')) return 'Nothing was written.';
  if (codes.includes('ECONNREFUSED') || codes.includes('ENOTFOUND')) {
    return 'Postgres is not reachable: start it, fix DATABASE_URL, or unset DATABASE_URL to use the embedded PGlite.';
  }
  if (codes.includes('3D000')) return 'The database in DATABASE_URL does not exist: create it first (createdb <name>).';
  if (codes.includes('28P01') || codes.includes('28000'))
    return 'Postgres refused the login: check the user and password in DATABASE_URL.';
  if (codes.includes('42501'))
    return 'The database user may not create tables: run the seed as the owner of the database.';
  if (usesPostgres)
    return 'Check that Postgres is running and that DATABASE_URL points at a database you can write to.';
  return `Is \`npm start\` or \`npm run dev\` running on the same DATA_DIR (${process.env.DATA_DIR || '.data'})? Stop it first: only one process may open a PGlite folder.`;
}

loadDotEnv();
const { workflows } = parseCli();
const usesPostgres = Boolean(process.env.DATABASE_URL?.trim());
const target = usesPostgres ? 'Postgres (DATABASE_URL)' : `PGlite (${process.env.DATA_DIR || '.data'}/pglite)`;
const handle = openConfigured();

try {
  console.log(`› Seeding ${target}`);
  await handle.migrate();
  const allowed = ['1', 'true', 'yes', 'on'].includes((process.env.ALLOW_DEMO_ACCOUNTS ?? '').trim().toLowerCase());
  if (isProductionLike(process.env) && !allowed && (await countUsers(handle.db)) === 0) {
    throw Object.assign(
      new Error(
        'Refusing to seed the demo shop in production: its accounts have passwords published in the README. ' +
          'Set ALLOW_DEMO_ACCOUNTS=1 for a staging shop that should have them.',
      ),
      { code: 'DEMO_IN_PRODUCTION' },
    );
  }
  const { seeded } = await seedDemo(handle.db, (m) => console.log(`  ${m}`));
  if (!seeded)
    console.log('  The database already has users: the demo shop was not seeded again (existing data kept).');
  const adminOutcome = await ensureAdminFromEnv(handle.db, process.env.ADMIN_EMAIL, process.env.ADMIN_PASSWORD);
  if (adminOutcome)
    console.log(`  ADMIN_EMAIL: ${ADMIN_OUTCOME_TEXT[adminOutcome](process.env.ADMIN_EMAIL!.trim().toLowerCase())}`);

  if (workflows > 0) {
    const bar = new cliProgress.SingleBar(
      { format: '  Workflows |{bar}| {percentage}% | {value}/{total} | ETA {eta_formatted}', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    const started = performance.now();
    bar.start(workflows, 0);
    const { inserted } = await seedLargeCatalog(handle.db, workflows, (done) => bar.update(done), {
      // PGlite has one connection; Postgres takes a few batches at once (measured: 2 in flight ≈ 1.8×).
      concurrency: handle.driver === 'postgres' ? Math.min(4, Math.max(2, availableParallelism())) : 1,
    }).finally(() => bar.stop());
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `  Added ${inserted.toLocaleString('en-US')} workflows in ${seconds.toFixed(1)} s ` +
        `(${Math.round(inserted / seconds).toLocaleString('en-US')} rows/s).`,
    );
  }

  const present = await activeDemoAccounts(handle.db);
  if (present.length > 0) {
    console.log('\n  Demo accounts:');
    for (const a of DEMO_ACCOUNTS.filter((d) => present.includes(d.email))) {
      console.log(`    ${a.role.padEnd(6)} ${a.email.padEnd(22)} ${a.password}`);
    }
  }
} catch (error) {
  console.error(`\nCould not seed ${target}:\n  ${describe(error)}`);
  console.error(`\n${hint(error, usesPostgres)} (Set DEBUG=1 for the full error.)`);
  process.exitCode = 1;
} finally {
  await handle.close();
}
