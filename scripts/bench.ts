/**
 * `npm run bench`: seeds a fresh database with the demo shop plus 100,000 generated workflows, then
 * (a) times the catalog search query (p50/p95/p99 per query), and (b) serves the app as `npm start` does
 * (scripts/serve.ts) and loads its pages with autocannon in turns, anonymous and signed in, each against
 * the ceiling: the same server's prerendered page (/terms), beside a route handler and a public/ file.
 *
 * PGlite in `.data/bench` by default (recreated); Postgres with DATABASE_URL (the database is dropped and
 * recreated, so its name must contain "bench"). Options: --workflows N, --iterations N, --duration S,
 * --rounds N, --connections N, --port N, --skip-http.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DbHandle } from '../db/client';

// db/queries import 'server-only', which only resolves to an empty module under the react-server
// condition (how Next runs them): re-run this script under it.
if (!process.env.BENCH_CHILD) {
  const child = spawnSync(
    process.execPath,
    ['--conditions=react-server', '--expose-gc', '--import', 'tsx', import.meta.filename, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: { ...process.env, BENCH_CHILD: '1' },
    },
  );
  process.exit(child.status ?? 1);
}

const { default: autocannon } = await import('autocannon');
const { default: cliProgress } = await import('cli-progress');
const { sql } = await import('drizzle-orm');
const { openPglite, openPostgres } = await import('../db/client');
const { DEMO_ACCOUNTS, seedDemo } = await import('../db/seed/demo');
const { seedWorkflows, slugify } = await import('../db/seed/content');
const { seedLargeCatalog } = await import('../db/seed/large');
const { searchWorkflows } = await import('../db/queries/catalog/search-workflows');
const { searchIndexReady } = await import('../db/queries/catalog/search-index');
const { parseCatalogSearch } = await import('../lib/validations/catalog');
const { adminSql, withDatabase } = await import('../tests/setup/test-db');
const { buildApp, needsBuild, prepareRuntimeEnv, root } = await import('./lib/runtime');

const { values: opts } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    workflows: { type: 'string', default: '100000' },
    iterations: { type: 'string', default: '200' },
    duration: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    port: { type: 'string', default: '3199' },
    'skip-http': { type: 'boolean', default: false },
  },
});
const WORKFLOWS = Number(opts.workflows);
const ITERATIONS = Number(opts.iterations);

/** Realistic searches: words, a phrase with a filter, typos, accents, an alias, plain browsing with filters. */
const QUERIES: { label: string; params: Record<string, string | string[]> }[] = [
  { label: 'q=slack', params: { q: 'slack' } },
  { label: 'q=shopify orders', params: { q: 'shopify orders' } },
  { label: 'q=invoices to google sheets', params: { q: 'invoices to google sheets' } },
  { label: 'q=ai summar (prefix) + category', params: { q: 'ai summar', category: 'ai-agents' } },
  { label: 'q=shopfy (typo)', params: { q: 'shopfy' } },
  { label: 'q=invocies remidners (swap typos)', params: { q: 'invocies remidners' } },
  { label: 'q=hoa don (Vietnamese, no accents)', params: { q: 'hoa don' } },
  { label: 'q=hóa đơn (Vietnamese, accents)', params: { q: 'hóa đơn' } },
  { label: 'q=gsheets (alias)', params: { q: 'gsheets' } },
  { label: 'browse, newest', params: {} },
  { label: 'browse, price asc, rating ≥ 4', params: { sort: 'price-asc', minRating: '4' } },
  {
    label: 'browse, 2 categories, best selling, p5',
    params: { category: ['marketing', 'e-commerce'], sort: 'best-selling', page: '5' },
  },
];

const env = prepareRuntimeEnv();
const pgUrl = env.DATABASE_URL;
const dataDir = path.join(root, '.data/bench');

async function freshDatabase(): Promise<DbHandle> {
  if (pgUrl) {
    const name = new URL(pgUrl).pathname.slice(1);
    if (!name.includes('bench')) {
      throw new Error(
        `The benchmark drops and recreates its database: DATABASE_URL must name one with "bench" in it, not "${name}".`,
      );
    }
    const admin = withDatabase(pgUrl, 'postgres');
    await adminSql(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await adminSql(admin, `CREATE DATABASE ${name}`);
    return openPostgres(pgUrl, 10);
  }
  rmSync(dataDir, { recursive: true, force: true });
  return openPglite(path.join(dataDir, 'pglite'));
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(9);

async function seed(handle: DbHandle) {
  console.log(
    `› Database: ${pgUrl ? `Postgres ${new URL(pgUrl).pathname.slice(1)}` : `PGlite ${path.relative(root, dataDir)}`} (fresh)`,
  );
  await handle.migrate();
  await seedDemo(handle.db, () => {});
  const bar = new cliProgress.SingleBar(
    { format: '  Workflows |{bar}| {percentage}% | {value}/{total} | ETA {eta_formatted}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  bar.start(WORKFLOWS, 0);
  await seedLargeCatalog(handle.db, WORKFLOWS, (done) => bar.update(done), {
    concurrency: handle.driver === 'postgres' ? Math.min(4, Math.max(2, availableParallelism())) : 1,
  }).finally(() => bar.stop());
  console.log(
    `  Seeded ${WORKFLOWS.toLocaleString('en-US')} workflows in ${((performance.now() - started) / 1000).toFixed(1)} s; analysing…`,
  );
  await handle.db.execute(sql`vacuum analyze`);
}

async function benchSearch(handle: DbHandle) {
  // The app's `db` proxy uses this handle (as the tests install theirs).
  (globalThis as { __usitechDb?: DbHandle }).__usitechDb = handle;
  console.log(
    `\n(a) Search query, ${ITERATIONS} runs each after 10 warm-up runs, the queries in turns (${handle.driver})`,
  );
  // The in-process search index (db/queries/catalog/search-index.ts) loads on the app's first search; a
  // server answers from it once loaded, so the measured runs wait for it.
  // Its postings and titles are typed arrays: their memory is outside the JS heap (arrayBuffers).
  const memory = () => {
    global.gc?.();
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    return heapUsed + arrayBuffers;
  };
  const memoryBefore = memory();
  const loadStarted = performance.now();
  await searchIndexReady();
  console.log(
    `  search index loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s, memory (heap and array buffers) +${(
      (memory() - memoryBefore) /
      2 ** 20
    ).toFixed(0)} MB`,
  );
  const states = QUERIES.map((q) => parseCatalogSearch(q.params));
  const measure = async (engine: 'sql' | undefined, which: number[]) => {
    for (const k of which) for (let i = 0; i < 10; i++) await searchWorkflows(states[k]!, { engine });
    // In turns: a slow spell of the machine falls on every query alike, not on the one measured at the time.
    const times: number[][] = QUERIES.map(() => []);
    const totals: number[] = QUERIES.map(() => 0);
    for (let i = 0; i < ITERATIONS; i++) {
      if (process.stdout.isTTY && i % 20 === 0) process.stdout.write(`  run ${i + 1}/${ITERATIONS}…\r`);
      for (const k of which) {
        const t = performance.now();
        totals[k] = (await searchWorkflows(states[k]!, { engine })).total;
        times[k]!.push(performance.now() - t);
      }
    }
    console.log(
      `  ${'query'.padEnd(42)} ${'results'.padStart(8)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} ${'p99'.padStart(9)}`,
    );
    const p95s: number[] = [];
    for (const k of which) {
      const sorted = times[k]!.sort((a, b) => a - b);
      p95s.push(percentile(sorted, 95));
      console.log(
        `  ${QUERIES[k]!.label.padEnd(42)} ${String(totals[k]).padStart(8)} ${ms(percentile(sorted, 50))} ${ms(percentile(sorted, 95))} ${ms(percentile(sorted, 99))}`,
      );
    }
    return Math.max(...p95s);
  };
  const all = QUERIES.map((_, k) => k);
  const worst = await measure(undefined, all);
  console.log(
    `  worst p95: ${worst.toFixed(1)} ms (target: ≤ ${handle.driver === 'postgres' ? 20 : 50} ms on ${handle.driver === 'postgres' ? 'Postgres' : 'PGlite'})`,
  );
  console.log(`\n  For comparison, the word searches in SQL alone (the app before the index, or while it loads):`);
  const words = all.filter((k) => QUERIES[k]!.params.q !== undefined);
  console.log(`  worst p95 in SQL alone: ${(await measure('sql', words)).toFixed(1)} ms`);
}

async function waitForHealth(url: string, server: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error('next start exited before it answered');
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('next start did not answer /api/health within 2 minutes');
}

async function load(url: string, cookie?: string) {
  const duration = Number(opts.duration);
  const connections = Number(opts.connections);
  const r = await autocannon({ url, connections, duration, headers: cookie ? { cookie } : {} });
  if (r.non2xx > 0 || r.errors > 0) console.warn(`  ! ${url}: ${r.non2xx} non-2xx responses, ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99 };
}

/** Signs a demo shopper in through Auth.js, as the login form does; returns the Cookie header to send. */
async function signInCookie(base: string): Promise<string> {
  const shopper = DEMO_ACCOUNTS.find((a) => a.role === 'USER')!;
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, email: shopper.email, password: shopper.password, callbackUrl: '/' }),
  });
  keep(res);
  const session = [...jar.keys()].find((k) => /session-token/.test(k));
  if (res.status !== 302 || !session) throw new Error(`Signing ${shopper.email} in failed (HTTP ${res.status}).`);
  return `${session}=${jar.get(session)}`;
}

async function benchHttp() {
  if (needsBuild()) {
    console.log('\n› Building the app (sources changed since the last build)…');
    if (buildApp(process.env) !== 0) throw new Error('next build failed');
  }
  const port = opts.port;
  const base = `http://127.0.0.1:${port}`;
  const serverEnv: NodeJS.ProcessEnv = { ...process.env, PORT: port, APP_URL: base, NODE_ENV: 'production' };
  delete serverEnv.BENCH_CHILD;
  if (!pgUrl) serverEnv.DATA_DIR = '.data/bench';
  // The server as `npm start` runs it (scripts/serve.ts: the nonce on cached pages, compression); the
  // database was prepared above, so not start.ts (it would seed the demo shop again).
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', port], {
    cwd: root,
    env: serverEnv,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForHealth(base, server);
    const cookie = await signInCookie(base);
    const c = Number(opts.connections);
    console.log(
      `\n(b, c) HTTP under load: scripts/serve.ts (as npm start), ${c} connections, ${opts.duration} s per page per round after a 2 s warm-up of every page`,
    );
    const workflow = `/workflows/${slugify(seedWorkflows[0]!.title)}`;
    // [label, path, signed in]
    const pages: [string, string, boolean][] = [
      ['ceiling: prerendered page /terms', '/terms', false],
      ['route handler /robots.txt', '/robots.txt', false],
      ['file under public/ /logo.svg', '/logo.svg', false],
      ['anonymous catalog /workflows', '/workflows', false],
      ['anonymous word search ?q=slack', '/workflows?q=slack', false],
      ['anonymous category /categories/marketing', '/categories/marketing', false],
      ['anonymous workflow page', workflow, false],
      ['signed-in catalog /workflows', '/workflows', true],
      ['signed-in workflow page', workflow, true],
    ];
    const key = (p: [string, string, boolean]) => `${p[2] ? 'in' : 'out'} ${p[1]}`;
    // Every page is warmed up before any is measured: the first page loaded right after the start
    // otherwise pays for the server's own warm-up (code loading, JIT) and reads as slower than it is.
    for (const [, pathname, signedIn] of pages) {
      await autocannon({
        url: `${base}${pathname}`,
        connections: c,
        duration: 2,
        headers: signedIn ? { cookie } : {},
      });
    }
    // The pages are measured in turns, several rounds: a ratio of two throughputs measured minutes apart
    // would also measure how the machine changed meanwhile. Each figure is the median of the rounds.
    const rounds = Number(opts.rounds);
    const runs: Record<string, Awaited<ReturnType<typeof load>>[]> = {};
    for (let round = 1; round <= rounds; round++) {
      console.log(`  round ${round}/${rounds}…`);
      for (const page of pages) {
        (runs[key(page)] ??= []).push(await load(`${base}${page[1]}`, page[2] ? cookie : undefined));
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const ceiling = key(pages[0]!);
    // Per round (each page against the ceiling measured in the same round), then the median of the rounds.
    const ratio = (k: string) => median(runs[k]!.map((x, i) => (x.rps / runs[ceiling]![i]!.rps) * 100));
    const target = (p: [string, string, boolean]) =>
      p[0].startsWith('anonymous') ? ' (target ≥ 50%)' : p[0].startsWith('signed-in') ? ' (target ≥ 10%)' : '';
    console.log(
      `  ${'page'.padEnd(44)} ${'req/s'.padStart(8)} ${'p50'.padStart(7)} ${'p90'.padStart(7)} ${'p99'.padStart(7)} ${'of ceiling'.padStart(11)}   (medians of ${rounds} rounds)`,
    );
    for (const page of pages) {
      const r = runs[key(page)]!;
      const [rps, p50, p90, p99] = [
        median(r.map((x) => x.rps)),
        median(r.map((x) => x.p50)),
        median(r.map((x) => x.p90)),
        median(r.map((x) => x.p99)),
      ];
      console.log(
        `  ${page[0].padEnd(44)} ${rps.toFixed(0).padStart(8)} ${`${p50}ms`.padStart(7)} ${`${p90}ms`.padStart(7)} ${`${p99}ms`.padStart(7)} ${`${ratio(key(page)).toFixed(0)}%`.padStart(11)}${target(page)}`,
      );
    }
  } finally {
    server.kill('SIGTERM');
  }
}

const handle = await freshDatabase();
try {
  await seed(handle);
  await benchSearch(handle);
} finally {
  await handle.close();
}
if (!opts['skip-http']) await benchHttp();
