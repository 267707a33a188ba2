/**
 * `npm run bench:web`: Lighthouse (the npm package, mobile defaults: emulated phone, simulated throttling)
 * in Debian's Chromium on the shop's pages, against the targets of issue 20. Per page: the performance,
 * accessibility, best-practices and SEO scores, LCP, CLS, TBT and the compressed JavaScript the page
 * really transfers (the transfer sizes of its Script requests), each the median of --runs runs, the pages
 * measured in turns so that a slow spell of the machine falls on all of them alike.
 *
 * Pages: home, the catalog, a word search, a workflow page, and signed in as the demo shopper (signed in
 * through Auth.js's HTTP API, the session cookie passed to Lighthouse as a header) the checkout of a pending
 * purchase (made by posting the workflow page's "Buy now" form, as a browser without JavaScript does) and
 * the library.
 *
 * Without --url it serves the app as `npm start` does (scripts/start.ts: migrate, seed the demo shop,
 * build when sources changed, scripts/serve.ts) on a free port, on a fresh PGlite in `.data/bench-web`,
 * or on DATABASE_URL when set (the demo shop is seeded into it when it is empty). With --url it measures a
 * running shop that has the demo accounts.
 *
 * Options: --runs N (3), --json FILE (the results, for BENCHMARKS.md), --url URL, --workflow SLUG,
 * --port N (the server's port; a free one by default). CHROME_PATH overrides /usr/bin/chromium.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { SESSION_COOKIE } from '../lib/auth/session-cookie';
import { loadDotEnv, root } from './lib/runtime';

const { values: opts } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    runs: { type: 'string', default: '3' },
    json: { type: 'string' },
    url: { type: 'string' },
    workflow: { type: 'string' },
    port: { type: 'string' },
  },
});

const RUNS = Number(opts.runs);

/** The demo shopper (db/seed/demo.ts; the README publishes the password). */
const SHOPPER = { email: 'an@usitech.local', password: 'ShopperDemo#2026' };

const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

/** Issue 20's targets. `js` applies to the catalog route (browsing and searching) and the workflow page. */
const TARGETS = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
  lcpMs: 1200,
  cls: 0.02,
  tbtMs: 100,
  jsKb: 120,
} as const;

type Page = { key: string; path: string; signedIn: boolean; jsTarget: boolean };

type Run = {
  scores: Record<Category, number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Sum of transferSize over the Script requests (bytes, compressed as sent). */
  jsBytes: number;
  scripts: { url: string; transferSize: number; resourceSize: number }[];
  /** Audits below a full score in the accessibility, best-practices and SEO categories. */
  failing: Record<string, string[]>;
  /** Lighthouse's measure of the machine's speed at the time (higher is faster; its throttling assumes ~1000+). */
  benchmarkIndex: number;
  /** The LCP element and where its time goes (TTFB, load delay, load time, render delay; ms). */
  lcp: { element: string; phases: Record<string, number> };
};

/** A failure with a message for the user (no stack trace): thrown, so the server and Chromium are stopped. */
class BenchError extends Error {}

function fail(message: string): never {
  throw new BenchError(message);
}

// ── The server ───────────────────────────────────────────────────────────────────────────────────────

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Set once the app answers: its output is no longer shown from then on, only kept (the last lines). */
let ready = false;
const serverTail: string[] = [];

/** The app as `npm start` serves it (scripts/start.ts), on `port`; its output is shown until it is up. */
function startApp(port: number, dataDir: string): ChildProcess {
  // The demo shop is refused under NODE_ENV=production; scripts/serve.ts runs Next in production anyway.
  const { NODE_ENV: _nodeEnv, ...inherited } = process.env;
  const env: Record<string, string | undefined> = {
    ...inherited,
    PORT: String(port),
    APP_URL: `http://localhost:${port}`,
    DATA_DIR: dataDir,
    // An empty Postgres gets the demo shop (the embedded database gets it anyway).
    SEED_DEMO: '1',
  };
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'start.ts')], {
    cwd: root,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const echo = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      if (!ready) console.log(`  │ ${line}`);
      serverTail.push(line);
      if (serverTail.length > 20) serverTail.shift();
    }
  };
  child.stdout.on('data', echo);
  child.stderr.on('data', echo);
  return child;
}

async function waitForHealth(base: string, server: ChildProcess) {
  // First run: migrations, the demo seed and a production build (minutes on two cores).
  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) fail(`the app exited (code ${server.exitCode}) before it answered; see above.`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  fail(`the app did not answer ${base}/api/health within 15 minutes.`);
}

// ── Signing in and buying, over plain HTTP ───────────────────────────────────────────────────────────

class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response) {
    for (const cookie of response.headers.getSetCookie()) {
      const pair = cookie.slice(0, cookie.indexOf(';') === -1 ? undefined : cookie.indexOf(';'));
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /;\s*Max-Age=0\b/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  hasSession(): boolean {
    return [...this.cookies.keys()].some((name) => SESSION_COOKIE.test(name));
  }
}

/** Signs the demo shopper in as e2e/fixtures.ts `signIn` does: Auth.js's CSRF token, then the credentials callback. */
async function signIn(base: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  if (!csrf.ok) fail(`GET /api/auth/csrf answered ${csrf.status}.`);
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const answer = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, ...SHOPPER, callbackUrl: '/account/library' }),
    redirect: 'manual',
  });
  jar.take(answer);
  const location = answer.headers.get('location') ?? '';
  if (answer.status !== 302 || /[?&]error=/.test(location) || !jar.hasSession()) {
    fail(
      `signing in as ${SHOPPER.email} failed (${answer.status} → ${location || 'no redirect'}). ` +
        'The shop measured needs the demo accounts: a fresh PGlite (the default) or an empty DATABASE_URL has them.',
    );
  }
  return jar;
}

const HTML_ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', '#x27': "'", '#39': "'" };
const unescapeHtml = (text: string) =>
  text.replace(/&(quot|amp|lt|gt|#x27|#39);/g, (_, entity: string) => HTML_ENTITIES[entity]!);

/** The hidden inputs (name → value) of the form in `html` whose button says `button`, or null. */
function formWithButton(html: string, button: string): Record<string, string> | null {
  const form = [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)].find((m) =>
    new RegExp(`<button\\b[^>]*>(?:<[^>]*>)*\\s*${button}\\s*<`).test(m[1]!),
  );
  if (!form) return null;
  const fields: Record<string, string> = {};
  for (const [input] of form[1]!.matchAll(/<input\b[^>]*>/g)) {
    if (!/\btype="hidden"/.test(input)) continue;
    const name = /\bname="([^"]*)"/.exec(input)?.[1];
    if (name) fields[unescapeHtml(name)] = unescapeHtml(/\bvalue="([^"]*)"/.exec(input)?.[1] ?? '');
  }
  return fields;
}

/** Workflow slugs in the order the catalog lists them (its first page). */
async function catalogSlugs(base: string): Promise<string[]> {
  const response = await fetch(`${base}/workflows`);
  if (!response.ok) fail(`GET /workflows answered ${response.status}.`);
  const html = await response.text();
  const slugs = [...html.matchAll(/href="\/workflows\/([a-z0-9-]+)"/g)].map((m) => m[1]!);
  if (slugs.length === 0) fail('the catalog lists no workflows: is the demo shop seeded?');
  return [...new Set(slugs)];
}

/**
 * A pending purchase of the shopper's, made by posting "Buy now" on the page of a workflow they do not own
 * (the no-JavaScript path of buyWorkflowAction, which e2e/support/buy.ts clicks): answers /checkout/<id>.
 */
async function pendingCheckout(base: string, jar: CookieJar, slugs: string[]): Promise<string> {
  for (const slug of slugs) {
    const page = await fetch(`${base}/workflows/${slug}`, { headers: { cookie: jar.header() } });
    const fields = formWithButton(await page.text(), 'Buy now');
    if (!fields) continue; // owned already
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    const answer = await fetch(`${base}/workflows/${slug}`, {
      method: 'POST',
      headers: { cookie: jar.header(), origin: new URL(base).origin },
      body,
      redirect: 'manual',
    });
    const location = answer.headers.get('location') ?? '';
    const checkout = /^(?:https?:\/\/[^/]+)?(\/checkout\/[0-9a-f-]{36})$/.exec(location)?.[1];
    if (!checkout) fail(`"Buy now" on /workflows/${slug} answered ${answer.status} → ${location || 'no redirect'}.`);
    return checkout;
  }
  return fail(`${SHOPPER.email} owns every workflow on the catalog's first page: nothing to buy.`);
}

// ── Lighthouse ───────────────────────────────────────────────────────────────────────────────────────

/** Lighthouse loaded no page (its `runtimeError`). */
class LighthouseRuntimeError extends Error {}

async function measure(port: number, url: string, cookie: string | null): Promise<Run> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
  if (lhr.runtimeError) {
    throw new LighthouseRuntimeError(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  }
  if (lhr.finalDisplayedUrl.replace(/\/$/, '') !== url.replace(/\/$/, '')) {
    throw new Error(`${url} ended at ${lhr.finalDisplayedUrl} (signed out?)`);
  }
  const numeric = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    if (value === undefined) throw new Error(`Lighthouse gave no ${id} for ${url}`);
    return value;
  };
  const requests = (lhr.audits['network-requests']?.details as { items?: Record<string, unknown>[] } | undefined)
    ?.items;
  if (!requests) throw new Error(`Lighthouse gave no network-requests for ${url}`);
  const scripts = requests
    .filter((r) => r.resourceType === 'Script')
    .map((r) => ({
      url: String(r.url),
      transferSize: Number(r.transferSize ?? 0),
      resourceSize: Number(r.resourceSize ?? 0),
    }));
  const scores = {} as Record<Category, number>;
  const failing: Record<string, string[]> = {};
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = Math.round((category?.score ?? 0) * 100);
    if (id === 'performance' || !category) continue;
    failing[id] = category.auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id);
  }
  return {
    scores,
    lcpMs: numeric('largest-contentful-paint'),
    cls: numeric('cumulative-layout-shift'),
    tbtMs: numeric('total-blocking-time'),
    jsBytes: scripts.reduce((sum, s) => sum + s.transferSize, 0),
    scripts,
    failing,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    lcp: lcpBreakdown(lhr.audits['largest-contentful-paint-element']),
  };
}

type TableDetails = { type: string; items?: Record<string, unknown>[] };

/**
 * From the largest-contentful-paint-element audit: a list of two tables, the element and the phases. It
 * needs Lighthouse's trace engine, which may not read the trace of a newer Chromium: then its error.
 */
function lcpBreakdown(audit: { details?: unknown; errorMessage?: string } | undefined): Run['lcp'] {
  if (!audit?.details) return { element: `unavailable: ${audit?.errorMessage ?? 'no audit'}`, phases: {} };
  const tables = ((audit.details as { items?: TableDetails[] }).items ?? []).filter((t) => t.type === 'table');
  const node = tables[0]?.items?.[0]?.node as { nodeLabel?: string; snippet?: string } | undefined;
  const phases: Record<string, number> = {};
  for (const row of tables[1]?.items ?? []) phases[String(row.phase)] = Math.round(Number(row.timing));
  const element = node ? `${node.snippet ?? ''}${node.nodeLabel ? ` (${node.nodeLabel})` : ''}` : 'none';
  return { element, phases };
}

/**
 * A run Chrome could not load (an error page: CHROME_INTERSTITIAL_ERROR, a timeout) is tried again, twice:
 * on a loaded machine one slow answer should not cost the whole measurement. Other failures stop it.
 */
async function measureWithRetries(
  port: number,
  url: string,
  cookie: string | null,
  restartApp: (() => Promise<void>) | null,
): Promise<Run> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await measure(port, url, cookie);
    } catch (error) {
      const message = (error as Error).message;
      if (attempt === 3 || !(error instanceof LighthouseRuntimeError)) {
        const tail = serverTail.length ? `\nThe app's last lines:\n  ${serverTail.join('\n  ')}` : '';
        fail(`${message}${tail}`);
      }
      console.log(`  ! ${message}; trying again`);
      if (!(await answers(new URL(url).origin))) {
        if (!restartApp) fail(`${new URL(url).origin} stopped answering during the measurement.`);
        await restartApp();
      }
    }
  }
}

async function answers(base: string): Promise<boolean> {
  try {
    return (await fetch(`${base}/api/health`)).ok;
  } catch {
    return false;
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

type Summary = {
  scores: Record<Category, number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  jsKb: number;
};

function summarise(runs: Run[]): Summary {
  const scores = {} as Record<Category, number>;
  for (const id of CATEGORIES) scores[id] = median(runs.map((r) => r.scores[id]));
  return {
    scores,
    lcpMs: median(runs.map((r) => r.lcpMs)),
    cls: median(runs.map((r) => r.cls)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
    jsKb: median(runs.map((r) => r.jsBytes)) / 1000,
  };
}

function verdicts(page: Page, s: Summary) {
  return {
    performance: s.scores.performance >= TARGETS.performance,
    accessibility: s.scores.accessibility >= TARGETS.accessibility,
    'best-practices': s.scores['best-practices'] >= TARGETS['best-practices'],
    seo: s.scores.seo >= TARGETS.seo,
    lcp: s.lcpMs <= TARGETS.lcpMs,
    cls: s.cls <= TARGETS.cls,
    tbt: s.tbtMs <= TARGETS.tbtMs,
    js: page.jsTarget ? s.jsKb <= TARGETS.jsKb : null,
  };
}

const mark = (ok: boolean | null) => (ok === null ? ' ' : ok ? '✓' : '✗');

function machine() {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout.trim();
  const chromium = spawnSync(CHROME_PATH, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const lighthouseVersion = (
    JSON.parse(readFileSync(path.join(root, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }
  ).version;
  return {
    date: new Date().toISOString(),
    commit: `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? ' (with uncommitted changes)' : ''}`,
    subject: git('log', '-1', '--format=%s'),
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    lighthouse: lighthouseVersion,
  };
}

// ── Main ─────────────────────────────────────────────────────────────────────────────────────────────

let server: ChildProcess | null = null;
let chrome: chromeLauncher.LaunchedChrome | null = null;
/** Stops what this run started (Chromium, the app); a second call does nothing. */
function stop() {
  chrome?.kill();
  chrome = null;
  if (server && server.exitCode === null) server.kill('SIGTERM');
  server = null;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stop();
    process.exit(130);
  });
}

async function main() {
  loadDotEnv();
  if (!existsSync(CHROME_PATH)) {
    fail(
      `no Chromium at ${CHROME_PATH}. Install Debian's (sudo apt-get install chromium) or set CHROME_PATH to a Chrome/Chromium binary.`,
    );
  }
  if (!Number.isInteger(RUNS) || RUNS < 1) fail(`--runs must be a whole number ≥ 1, not "${opts.runs}".`);
  let base: string;
  let restartApp: (() => Promise<void>) | null = null;
  if (opts.url) {
    base = opts.url.replace(/\/$/, '');
    console.log(`› Measuring the running shop at ${base}`);
    try {
      if (!(await fetch(`${base}/api/health`)).ok) fail(`${base}/api/health does not answer 200.`);
    } catch {
      fail(`nothing answers at ${base} (start it with \`npm start\`, or leave --url out).`);
    }
  } else {
    const port = opts.port ? Number(opts.port) : await freePort();
    base = `http://localhost:${port}`;
    const dataDir = path.join(root, '.data/bench-web');
    if (process.env.DATABASE_URL) {
      console.log(`› Serving the app as \`npm start\` does on port ${port}, on DATABASE_URL`);
    } else {
      rmSync(dataDir, { recursive: true, force: true });
      mkdirSync(dataDir, { recursive: true });
      console.log(`› Serving the app as \`npm start\` does on port ${port}, on a fresh PGlite in .data/bench-web`);
    }
    const serve = async () => {
      ready = false;
      server = startApp(port, dataDir);
      await waitForHealth(base, server);
      ready = true;
    };
    await serve();
    // On a shared machine something may end the server mid-measurement (a `pkill` of another's): serve
    // the same database again; the session and the pending purchase are in it.
    restartApp = async () => {
      console.log(
        `  ! the app stopped (${server?.exitCode === null ? 'not answering' : `exit code ${server?.exitCode}`}); serving it again`,
      );
      if (server?.exitCode === null) server.kill('SIGTERM');
      await serve();
      await warmUp();
    };
  }

  console.log(`› Signing in as ${SHOPPER.email} and buying a workflow (its checkout stays pending)`);
  const jar = await signIn(base);
  const slugs = await catalogSlugs(base);
  const workflowSlug = opts.workflow ?? slugs[0]!;
  const checkoutPath = await pendingCheckout(base, jar, slugs);
  const pages: Page[] = [
    { key: 'home', path: '/', signedIn: false, jsTarget: false },
    { key: 'catalog', path: '/workflows', signedIn: false, jsTarget: true },
    { key: 'search', path: '/workflows?q=slack', signedIn: false, jsTarget: true },
    { key: 'workflow', path: `/workflows/${workflowSlug}`, signedIn: false, jsTarget: true },
    { key: 'checkout', path: checkoutPath, signedIn: true, jsTarget: false },
    { key: 'library', path: '/account/library', signedIn: true, jsTarget: false },
  ];
  for (const page of pages) console.log(`  ${page.key.padEnd(9)} ${page.path}${page.signedIn ? '  (signed in)' : ''}`);

  // The first request of each page loads its code on the server: not a figure of the page.
  const warmUp = async () => {
    for (const page of pages) {
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`${base}${page.path}`, {
          headers: page.signedIn ? { cookie: jar.header() } : {},
          redirect: 'manual',
        });
        await response.arrayBuffer();
        if (response.status !== 200) fail(`GET ${page.path} answered ${response.status}.`);
      }
    }
  };
  console.log('› Warming up the pages');
  await warmUp();

  const loadBefore = loadavg();
  const launched = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
  chrome = launched;
  const info = machine();
  console.log(
    `› Lighthouse ${info.lighthouse} (mobile defaults), ${info.chromium}; ${RUNS} run(s) per page, the pages in turns\n`,
  );
  const runs = new Map<string, Run[]>(pages.map((p) => [p.key, []]));
  const total = RUNS * pages.length;
  let done = 0;
  for (let round = 1; round <= RUNS; round++) {
    for (const page of pages) {
      done++;
      const prefix = `  [${String(done).padStart(String(total).length)}/${total}] round ${round} ${page.key.padEnd(9)}`;
      if (process.stdout.isTTY) process.stdout.write(`${prefix}…\r`);
      const started = performance.now();
      const run = await measureWithRetries(
        launched.port,
        `${base}${page.path}`,
        page.signedIn ? jar.header() : null,
        restartApp,
      );
      runs.get(page.key)!.push(run);
      console.log(
        `${prefix}: perf ${run.scores.performance}, a11y ${run.scores.accessibility}, ` +
          `bp ${run.scores['best-practices']}, seo ${run.scores.seo}, LCP ${(run.lcpMs / 1000).toFixed(2)} s, ` +
          `CLS ${run.cls.toFixed(3)}, TBT ${run.tbtMs.toFixed(0)} ms, JS ${(run.jsBytes / 1000).toFixed(1)} kB ` +
          `(benchmark index ${run.benchmarkIndex.toFixed(0)}; ${((performance.now() - started) / 1000).toFixed(0)} s)`,
      );
    }
  }

  const header = `${'page'.padEnd(9)} ${'perf'.padStart(5)} ${'a11y'.padStart(5)} ${'bp'.padStart(5)} ${'seo'.padStart(5)} ${'LCP'.padStart(8)} ${'CLS'.padStart(7)} ${'TBT'.padStart(8)} ${'JS'.padStart(10)}`;
  console.log(`\nMedians of ${RUNS} run(s); ✓/✗ against issue 20's targets:`);
  console.log(
    `  ${'target'.padEnd(9)} ${'≥95'.padStart(5)} ${'100'.padStart(5)} ${'100'.padStart(5)} ${'100'.padStart(5)} ${'≤1.2 s'.padStart(8)} ${'≤0.02'.padStart(7)} ${'≤100 ms'.padStart(8)} ${'≤120 kB*'.padStart(10)}`,
  );
  console.log(`  ${header}`);
  const results = pages.map((page) => {
    const pageRuns = runs.get(page.key)!;
    const s = summarise(pageRuns);
    const v = verdicts(page, s);
    const cell = (text: string, width: number, ok: boolean | null) => `${text}${mark(ok)}`.padStart(width);
    console.log(
      `  ${page.key.padEnd(9)} ${cell(String(s.scores.performance), 5, v.performance)} ` +
        `${cell(String(s.scores.accessibility), 5, v.accessibility)} ${cell(String(s.scores['best-practices']), 5, v['best-practices'])} ` +
        `${cell(String(s.scores.seo), 5, v.seo)} ${cell(`${(s.lcpMs / 1000).toFixed(2)} s`, 8, v.lcp)} ` +
        `${cell(s.cls.toFixed(3), 7, v.cls)} ${cell(`${s.tbtMs.toFixed(0)} ms`, 8, v.tbt)} ${cell(`${s.jsKb.toFixed(1)} kB`, 10, v.js)}`,
    );
    const failing: Record<string, string[]> = {};
    for (const run of pageRuns) {
      for (const [category, ids] of Object.entries(run.failing)) {
        failing[category] = [...new Set([...(failing[category] ?? []), ...ids])];
      }
    }
    const last = pageRuns.at(-1)!;
    return {
      ...page,
      median: { ...s, jsKb: Number(s.jsKb.toFixed(1)) },
      pass: v,
      failingAudits: failing,
      runs: pageRuns.map(({ scripts: _scripts, failing: _failing, lcp: _lcp, ...r }) => r),
      lcp: last.lcp,
      scripts: [...last.scripts].sort((a, b) => b.transferSize - a.transferSize),
    };
  });
  console.log('  * JS target on the catalog route (browsing, searching) and the workflow page.');

  const failingLines = results.flatMap((r) =>
    Object.entries(r.failingAudits)
      .filter(([, ids]) => ids.length > 0)
      .map(([category, ids]) => {
        // Private pages say `robots: { index: false }` (docs/CONTRIBUTING.md), which is-crawlable scores 0.
        const note =
          r.signedIn && ids.includes('is-crawlable') ? ' (the page is noindex, as private pages must be)' : '';
        return `  ${r.key.padEnd(9)} ${category}: ${ids.join(', ')}${note}`;
      }),
  );
  if (failingLines.length) console.log(`\nAudits below full score (any run):\n${failingLines.join('\n')}`);
  const lcpLines = results.map((r) => {
    const phases = Object.entries(r.lcp.phases)
      .map(([phase, ms]) => `${phase} ${ms} ms`)
      .join(', ');
    return `  ${r.key.padEnd(9)} ${r.lcp.element.slice(0, 140)}${phases ? `; ${phases}` : ''}`;
  });
  const unavailable = results.every((r) => r.lcp.element.startsWith('unavailable'));
  console.log(
    unavailable
      ? `\nLCP element: ${results[0]!.lcp.element.slice(0, 200)} (a newer Lighthouse reads this Chromium's traces)`
      : `\nLCP element (last run):\n${lcpLines.join('\n')}`,
  );
  const loadAfter = loadavg();
  const benchmarkIndex = median([...runs.values()].flat().map((r) => r.benchmarkIndex));
  const allPass = results.every((r) => Object.values(r.pass).every((ok) => ok !== false));
  console.log(`\n${allPass ? 'Every target met.' : 'Some targets are not met (✗ above).'}`);
  console.log(
    `Machine: ${info.cpus} CPUs (${info.cpuModel}), ${info.memoryGiB} GiB; ${info.node}; commit ${info.commit}; ${info.date}`,
  );
  console.log(
    `Lighthouse benchmark index (median): ${benchmarkIndex.toFixed(0)}; load average (1 min) ${loadBefore[0]!.toFixed(1)} before, ${loadAfter[0]!.toFixed(1)} after`,
  );

  if (opts.json) {
    // Relative to where `npm run` was typed, not the package folder npm runs the script in.
    const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), opts.json);
    writeFileSync(
      file,
      `${JSON.stringify(
        {
          ...info,
          benchmarkIndex,
          loadAverage: { before: loadBefore, after: loadAfter },
          url: base,
          runsPerPage: RUNS,
          targets: TARGETS,
          pages: results,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`Results written to ${file}`);
  }
}

try {
  await main();
} catch (error) {
  console.error(
    `\nbench:web: ${error instanceof BenchError ? error.message : ((error as Error).stack ?? String(error))}\n`,
  );
  process.exitCode = 1;
} finally {
  stop();
}
