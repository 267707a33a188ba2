/**
 * `npm run audit:sqlmap`: Debian's sqlmap (installed on demand as root, else the command to run is
 * printed) against the production build on a scratch Postgres database with the demo shop: the catalog's
 * search and filters (as a visitor and signed in), the sign-in form, the contact form and the admin list
 * searches. Forms are posted as a browser without JavaScript posts them (every field, the server action's
 * hidden ones included), with the attacked fields marked for sqlmap. Every request comes from another
 * client address (sqlmap's xforwardedfor tamper, the app trusting one proxy hop) so the rate limits that
 * would otherwise stop sqlmap after a few tries let it finish every payload.
 *
 * Answers, per target, whether sqlmap found an injectable parameter and how many 5xx answers it saw;
 * exits 1 on either. DATABASE_URL (default postgres://postgres@127.0.0.1:5432/usitech_sqlmap) is dropped
 * and recreated: its name must contain "sqlmap". Options: --level N (sqlmap's, 2), --risk N (1),
 * --port N (3197), --only NAME (one target).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBuild, freshDemoDatabase, rerunUnderReactServer, serveApp, waitForHealth } from './lib/app-server';

rerunUnderReactServer('SQLMAP_CHILD');

const { DEMO_ACCOUNTS } = await import('../db/seed/demo');
const { Recorder, Visitor, formWithButton } = await import('./lib/load-client');

const { values: opts } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    level: { type: 'string', default: '2' },
    risk: { type: 'string', default: '1' },
    port: { type: 'string', default: '3197' },
    only: { type: 'string' },
  },
});

function ensureSqlmap(): void {
  if (spawnSync('sqlmap', ['--version'], { stdio: 'ignore' }).status === 0) return;
  if (process.getuid?.() !== 0) {
    console.error('sqlmap is not installed. Install it with:\n  sudo apt-get install -y sqlmap\nand run this again.');
    process.exit(1);
  }
  console.log('› Installing Debian sqlmap…');
  const apt = spawnSync('apt-get', ['install', '-y', '-qq', 'sqlmap'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (apt.status !== 0) {
    console.error('apt-get install sqlmap failed: run `apt-get update` and try again.');
    process.exit(1);
  }
}
ensureSqlmap();

const dbUrl = await freshDemoDatabase('postgres://postgres@127.0.0.1:5432/usitech_sqlmap', 'sqlmap');
console.log(`› Database: Postgres ${new URL(dbUrl).pathname.slice(1)} (dropped and recreated), the demo shop`);

const port = opts.port;
const base = `http://127.0.0.1:${port}`;
const serverEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  PORT: port,
  APP_URL: base,
  ALLOW_DEMO_ACCOUNTS: '1',
  TRUST_PROXY: '1',
  // Every payload must reach the insert, not the "too many messages" answer (which also confuses
  // sqlmap's page comparison).
  CONTACT_LIMIT_PER_HOUR: '1000000',
};
delete serverEnv.SQLMAP_CHILD;
ensureBuild(serverEnv);
const server = serveApp(port, serverEnv);
const work = mkdtempSync(path.join(tmpdir(), 'usitech-sqlmap-'));

type Target = { name: string; args: string[] };
type Outcome = { name: string; injectable: boolean; serverErrors: number; seconds: number; note: string };

try {
  await waitForHealth(base, server);
  const recorder = new Recorder();
  const shopperAccount = DEMO_ACCOUNTS.find((a) => a.role === 'USER')!;
  const adminAccount = DEMO_ACCOUNTS.find((a) => a.role === 'ADMIN')!;
  const shopper = new Visitor(base, '10.254.0.1', recorder);
  const admin = new Visitor(base, '10.254.0.2', recorder);
  const visitor = new Visitor(base, '10.254.0.3', recorder);
  if (!(await shopper.signIn(shopperAccount.email, shopperAccount.password))) throw new Error('shopper sign-in failed');
  if (!(await admin.signIn(adminAccount.email, adminAccount.password))) throw new Error('admin sign-in failed');

  /**
   * sqlmap's arguments for a form post: the form as a browser without JavaScript posts it (multipart,
   * every field it renders), the attacked fields ending in sqlmap's `*` mark. (`-u` with `--data`, not a
   * request file: sqlmap reads targets from a non-terminal stdin instead of a request file.)
   */
  async function formPost(pagePath: string, button: string, values: Record<string, string>) {
    const page = await visitor.request('form', pagePath);
    const form = formWithButton(page.text, page.url, button);
    if (!form) throw new Error(`no form with the button "${button}" on ${pagePath}`);
    const boundary = '----sqlmapUsitechBoundary';
    const fields = [...form.fields.filter(([name]) => !(name in values)), ...Object.entries(values)];
    const body = fields
      .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join('');
    return [
      '-u',
      form.action,
      `--data=${body}--${boundary}--\r\n`,
      `--headers=Content-Type: multipart/form-data; boundary=${boundary}\nOrigin: ${base}`,
    ];
  }

  const shopperCookie = shopper.cookieHeader();
  const adminCookie = admin.cookieHeader();
  const get = (p: string, cookie = '') => ['-u', `${base}${p}`, ...(cookie ? ['--cookie', cookie] : [])];
  const catalog = '/workflows?q=slack&category=marketing&app=Slack&sort=newest&minRating=4&maxPrice=500000&page=1';
  const targets: Target[] = [
    { name: 'catalog search and filters (visitor)', args: get(catalog) },
    { name: 'catalog search and filters (signed in)', args: get(catalog, shopperCookie) },
    {
      name: 'sign-in form',
      args: await formPost('/login', 'Sign in', { email: 'an@usitech.local*', password: 'not the password*' }),
    },
    {
      name: 'contact form',
      args: await formPost('/contact', 'Send message', {
        name: 'Nguyen Van An*',
        email: 'an@example.com*',
        subject: 'A question*',
        message: 'Does the Shopify workflow handle refunds?*',
      }),
    },
    { name: 'admin users search', args: get('/admin/users?q=an&role=USER&state=active', adminCookie) },
    { name: 'admin purchases search', args: get('/admin/purchases?q=USI&status=PENDING', adminCookie) },
    { name: 'admin workflows search', args: get('/admin/workflows?q=slack&status=active&sort=newest', adminCookie) },
  ].filter((t) => !opts.only || t.name.includes(opts.only));

  const outcomes: Outcome[] = [];
  for (const [i, target] of targets.entries()) {
    console.log(`[${i + 1}/${targets.length}] ${target.name} …`);
    const started = Date.now();
    const run = spawnSync(
      'sqlmap',
      [
        ...target.args,
        '--batch',
        '--dbms=PostgreSQL',
        `--level=${opts.level}`,
        `--risk=${opts.risk}`,
        '--time-sec=2',
        '--threads=4',
        '--tamper=xforwardedfor',
        '--flush-session',
        '--disable-coloring',
        `--output-dir=${path.join(work, 'out')}`,
      ],
      { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    const out = `${run.stdout}\n${run.stderr}`;
    // sqlmap's verdict, after its own false-positive checks (not its first heuristic hints).
    const injectable = /identified the following injection point|resumed the following injection point/i.test(out);
    const errors = [...out.matchAll(/(\d+) \(Internal Server Error\)|500 \(Internal Server Error\) - (\d+) times/g)];
    const serverErrors = errors.reduce((n, m) => n + Number(m[2] ?? m[1] ?? 0), 0);
    const clean = /do not appear to be injectable|all tested parameters do not appear/i.test(out);
    const note = injectable
      ? 'INJECTABLE'
      : clean
        ? 'no injectable parameter'
        : (out.match(/\[CRITICAL\][^\n]*/)?.[0] ?? 'see sqlmap output');
    const seconds = (Date.now() - started) / 1000;
    outcomes.push({ name: target.name, injectable, serverErrors, seconds, note });
    console.log(`  ${target.name}: ${note}; 5xx answers: ${serverErrors} (${seconds.toFixed(0)} s)`);
    if (process.env.SQLMAP_DEBUG) console.log(out);
    if (injectable || serverErrors > 0 || !clean)
      console.log(
        out
          .split('\n')
          .filter((l) => /\[(CRITICAL|WARNING|ERROR)\]|injectable|Parameter:/.test(l))
          .slice(0, 20)
          .join('\n'),
      );
  }
  const bad = outcomes.filter((o) => o.injectable || o.serverErrors > 0);
  const unclear = outcomes.filter((o) => !o.injectable && o.note !== 'no injectable parameter');
  console.log(
    `\nsqlmap ${spawnSync('sqlmap', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]?.trim()}, level ${opts.level}, risk ${opts.risk}: ` +
      `${outcomes.length} targets, ${bad.length} with an injectable parameter or a 5xx answer, ${unclear.length} unclear`,
  );
  process.exitCode = bad.length > 0 || unclear.length > 0 ? 1 : 0;
} finally {
  server.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
