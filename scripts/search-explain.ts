/**
 * `npx tsx scripts/search-explain.ts '{"q":"slack"}'`: the plan of the catalog search's statements as the app
 * runs them, on the Postgres database DATABASE_URL names as it is (nothing written; seed it first, e.g.
 * with `npm run bench -- --skip-http`). The parameters are the catalog page's (q, category, sort, minRating…).
 * Each statement searchWorkflows runs prepared (a word search: the exact pass, and the typo passes when
 * it needs them) is prepared again on a connection of its own with the app's generic plan, run 3 times to
 * warm, then printed with EXPLAIN (ANALYZE, BUFFERS): buffers do not depend on how loaded the machine is.
 * `--runs N` also times N runs under EXPLAIN (ANALYZE, TIMING OFF) and prints the median and p90 of the
 * execution time (per-node timing adds several ms to a plan of thousands of rows); `--sql` prints the
 * statements. Issue 15's notes in BENCHMARKS.md were measured with it.
 */
import { parseArgs } from 'node:util';
import type { DbHandle } from '../db/client';
import { rerunUnderReactServer } from './lib/app-server';

rerunUnderReactServer('EXPLAIN_CHILD');

const { default: postgres } = await import('postgres');
const { PgDialect } = await import('drizzle-orm/pg-core');
const { openPostgres } = await import('../db/client');
const { searchWorkflows } = await import('../db/queries/catalog/search-workflows');
const { parseCatalogSearch } = await import('../lib/validations/catalog');

const { values: opts, positionals } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  allowPositionals: true,
  options: { runs: { type: 'string', default: '0' }, sql: { type: 'boolean', default: false } },
});
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL must name a seeded Postgres database.');
  process.exit(1);
}

const handle = openPostgres(url, 2);
const dialect = new PgDialect();
const statements: { sql: string; params: unknown[] }[] = [];
// The app's database is this handle; its prepared statements are recorded on their way.
(globalThis as { __usitechDb?: DbHandle }).__usitechDb = {
  ...handle,
  prepared: (query) => {
    statements.push(dialect.sqlToQuery(query));
    return handle.prepared!(query);
  },
};
const raw = postgres(url, { max: 1, onnotice: () => {} });
try {
  const result = await searchWorkflows(parseCatalogSearch(JSON.parse(positionals[0] ?? '{"q":"slack"}')));
  console.log(`${result.total} results, ${statements.length} prepared statement(s)`);
  await raw.unsafe('set plan_cache_mode = force_generic_plan');
  for (const [i, { sql: text, params }] of statements.entries()) {
    if (opts.sql) console.log(`\n${text}\n${JSON.stringify(params)}`);
    const literals = params.map((p) => (p === null ? 'null' : `'${String(p).replace(/'/g, "''")}'`)).join(', ');
    await raw.unsafe(`prepare s${i} as ${text}`);
    const execute = `execute s${i}(${literals})`;
    for (let k = 0; k < 3; k++) await raw.unsafe(execute);
    const plan = await raw.unsafe(`explain (analyze, buffers) ${execute}`);
    console.log(`\n— statement ${i + 1}:\n${plan.map((row) => row['QUERY PLAN']).join('\n')}`);
    const times: number[] = [];
    for (let k = 0; k < Number(opts.runs); k++) {
      const rows = await raw.unsafe(`explain (analyze, timing off) ${execute}`);
      const line = rows.map((row) => String(row['QUERY PLAN'])).find((l) => l.startsWith('Execution Time'));
      times.push(Number(/([\d.]+) ms/.exec(line ?? '')?.[1]));
    }
    if (times.length > 0) {
      times.sort((a, b) => a - b);
      const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]!.toFixed(1);
      console.log(`  execution (timing off, ${times.length} runs): p50 ${at(0.5)} ms, p90 ${at(0.9)} ms`);
    }
  }
} finally {
  await raw.end({ timeout: 5 });
  await handle.close();
}
