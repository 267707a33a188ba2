/**
 * `npm run load`: the production build on Postgres under many shoppers at once, then a reconciliation of
 * the database (scripts/lib/reconcile.ts). Virtual shoppers (each its own session and client address,
 * forwarded as a load balancer would) browse, search, open workflow pages, toggle favorites, buy, cancel
 * and review, through the same pages and form posts a browser without JavaScript uses; an admin approves
 * pending purchases from the queue while a bank delivers signed webhook notifications for others (some
 * twice), so approvals, bank matches and cancellations race for the same purchases. Mail goes out through
 * the queue to a local SMTP sink. It prints requests/s, p50/p95/p99 and errors per kind of request, then
 * every discrepancy the database shows that it did not show before the load.
 *
 * `npm run load -- --crash` SIGKILLs the server in the middle of the run, starts it again and reports how
 * long it took to serve again; requests refused while it was down are reported apart, not as errors.
 *
 * DATABASE_URL (default postgres://postgres@127.0.0.1:5432/usitech_load) is dropped and recreated: its name
 * must contain "load". Options: --shoppers N (200), --duration S (60), --port N (3198), --think MS (the
 * longest pause between a shopper's steps, 800), --crash.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ensureBuild, freshDemoDatabase, rerunUnderReactServer, serveApp, waitForHealth } from './lib/app-server';

rerunUnderReactServer('LOAD_CHILD');

const { default: postgres } = await import('postgres');
const { DEMO_ACCOUNTS } = await import('../db/seed/demo');
const { hashPassword } = await import('../lib/auth/password');
const { startSmtpSink } = await import('./lib/smtp-sink');
const { Recorder, Visitor, formWithButton } = await import('./lib/load-client');
const { reconcile, salesSnapshot } = await import('./lib/reconcile');
type VisitorT = InstanceType<typeof Visitor>;

const { values: opts } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    shoppers: { type: 'string', default: '200' },
    duration: { type: 'string', default: '60' },
    port: { type: 'string', default: '3198' },
    think: { type: 'string', default: '800' },
    crash: { type: 'boolean', default: false },
  },
});
const SHOPPERS = Number(opts.shoppers);
const DURATION_MS = Number(opts.duration) * 1000;
const THINK_MS = Number(opts.think);
const WEBHOOK_SECRET = randomBytes(24).toString('hex');
const PASSWORD = 'load test password 2026';

const dbUrl = await freshDemoDatabase('postgres://postgres@127.0.0.1:5432/usitech_load', 'load');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const think = () => sleep(Math.random() * THINK_MS);

// ── the database ─────────────────────────────────────────────────────────────────────────────────────
console.log(
  `› Database: Postgres ${new URL(dbUrl).pathname.slice(1)} (dropped and recreated), the demo shop, ${SHOPPERS} shoppers`,
);
const sql = postgres(dbUrl, { max: 4, onnotice: () => {} });
const hash = await hashPassword(PASSWORD);
const shopperRows = await sql<{ id: string; email: string }[]>`
  insert into users (email, name, password_hash, email_verified_at)
  select 'load-' || n || '@load.test', 'Load Shopper ' || n, ${hash}, now() from generate_series(1, ${SHOPPERS}) n
  returning id, email`;
const slugs = (await sql<{ slug: string }[]>`select slug from workflows where status = 'active'`).map((r) => r.slug);
const WORDS = ['slack', 'shopify', 'invoice', 'google sheets', 'ai', 'email', 'crm', 'telegram', 'shopfy', 'report'];

// ── the server ───────────────────────────────────────────────────────────────────────────────────────
const port = opts.port;
const base = `http://127.0.0.1:${port}`;
const sink = await startSmtpSink();
const serverEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  PORT: port,
  APP_URL: base,
  ALLOW_DEMO_ACCOUNTS: '1',
  PAYMENT_WEBHOOK_SECRET: WEBHOOK_SECRET,
  SMTP_URL: sink.url,
  // The load generator stands in for a load balancer: each virtual shopper has its own client address.
  TRUST_PROXY: '1',
};
delete serverEnv.LOAD_CHILD;
ensureBuild(serverEnv);
const startServer = () => serveApp(port, serverEnv);

let server = startServer();
await waitForHealth(base, server);
const salesBefore = await salesSnapshot(sql);
const baseline = new Set((await reconcile(sql, salesBefore)).map((d) => `${d.check}|${d.detail}`));

// ── the visitors ─────────────────────────────────────────────────────────────────────────────────────
const recorder = new Recorder();
const address = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
process.stdout.write(`› Signing in ${SHOPPERS} shoppers`);
const shoppers: VisitorT[] = [];
for (let i = 0; i < shopperRows.length; i += 10) {
  const batch = shopperRows.slice(i, i + 10).map(async (row, j) => {
    const visitor = new Visitor(base, address(i + j + 1), recorder);
    if (!(await visitor.signIn(row.email, PASSWORD))) throw new Error(`signing ${row.email} in failed`);
    return visitor;
  });
  shoppers.push(...(await Promise.all(batch)));
  process.stdout.write('.');
}
console.log(' done');
const adminAccount = DEMO_ACCOUNTS.find((a) => a.role === 'ADMIN')!;
const admin = new Visitor(base, '10.255.0.1', recorder);
if (!(await admin.signIn(adminAccount.email, adminAccount.password))) throw new Error('signing the admin in failed');
const bank = new Visitor(base, '10.255.0.2', recorder);

const deadline = Date.now() + DURATION_MS;
/** Every purchase id a "Buy now" redirected a shopper to. */
const madePurchases = new Set<string>();
const running = () => Date.now() < deadline;

async function shopperLoop(visitor: VisitorT) {
  const openCheckouts: string[] = [];
  while (running()) {
    const roll = Math.random();
    const slug = pick(slugs);
    if (roll < 0.25) {
      await visitor.request(
        'catalog',
        `/workflows?page=${1 + Math.floor(Math.random() * 3)}&sort=${pick(['newest', 'best-selling', 'price-asc', 'rating'])}`,
      );
    } else if (roll < 0.45) {
      await visitor.request('search', `/workflows?q=${encodeURIComponent(pick(WORDS))}`);
    } else if (roll < 0.62) {
      await visitor.request('workflow page', `/workflows/${slug}`);
    } else if (roll < 0.74) {
      const page = await visitor.request('workflow page', `/workflows/${slug}`);
      const form = formWithButton(page.text, page.url, /^(Add to|Remove from) favorites$/);
      if (form) await visitor.submit('favorite', form);
    } else if (roll < 0.88) {
      const page = await visitor.request('workflow page', `/workflows/${slug}`);
      const form = formWithButton(page.text, page.url, 'Buy now');
      if (form) {
        const answer = await visitor.submit('buy', form);
        const id = /\/checkout\/([0-9a-f-]{36})/.exec(answer.location ?? '')?.[1];
        if (id) {
          madePurchases.add(id);
          openCheckouts.push(id);
          await visitor.request('checkout', `/checkout/${id}`);
        }
      } else {
        const review = formWithButton(page.text, page.url, 'Post review');
        if (review) {
          await visitor.submit('review', review, {
            rating: String(1 + Math.floor(Math.random() * 5)),
            content: `Load test review ${randomBytes(4).toString('hex')}: it ran on the first try.`,
          });
        }
      }
    } else if (roll < 0.94 && openCheckouts.length > 0) {
      const id = openCheckouts.splice(Math.floor(Math.random() * openCheckouts.length), 1)[0]!;
      const page = await visitor.request('checkout', `/checkout/${id}`);
      const form = formWithButton(page.text, page.url, 'Cancel purchase');
      // confirmed=yes: the dialog's (or, without JavaScript, the confirmation step's) "Yes, cancel purchase".
      if (form) await visitor.submit('cancel', form, { confirmed: 'yes' });
    } else {
      await visitor.request('library', '/account/library');
    }
    await think();
  }
}

async function adminLoop() {
  while (running()) {
    const page = await admin.request('admin queue', '/admin/purchases?status=PENDING');
    const form = formWithButton(page.text, page.url, 'Approve');
    if (form) await admin.submit('approve', form);
    await sleep(150);
  }
}

async function bankLoop() {
  const delivered: string[] = [];
  while (running()) {
    const again = delivered.length > 0 && Math.random() < 0.1;
    let body: string | undefined;
    if (again) body = pick(delivered);
    else {
      const [p] = await sql<{ transfer_reference: string; amount: string }[]>`
        select transfer_reference, amount from purchases
        where status = 'PENDING' and user_id in (select id from users where email like '%@load.test')
        order by random() limit 1`;
      if (p) {
        body = JSON.stringify({
          id: `FT${randomBytes(6).toString('hex')}`,
          accountNumber: '0000123456789',
          amount: Number(p.amount),
          content: `MBVCB.${Date.now()}.${p.transfer_reference}.CT tu LOAD SHOPPER`,
          transactionDate: new Date().toISOString(),
        });
        delivered.push(body);
      }
    }
    if (body) {
      const timestamp = String(Math.floor(Date.now() / 1000));
      const signature = createHmac('sha256', WEBHOOK_SECRET).update(`${timestamp}.${body}`).digest('hex');
      await bank.request('bank webhook', '/api/payments/webhook', {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          'x-usitech-timestamp': timestamp,
          'x-usitech-signature': signature,
        },
      });
    }
    await sleep(100);
  }
}

async function crashLoop(): Promise<number | null> {
  if (!opts.crash) return null;
  await sleep(DURATION_MS / 2);
  console.log('\n  ✗ SIGKILL to the server (mid-run)');
  recorder.outage = true;
  server.kill('SIGKILL');
  await new Promise((r) => server.once('exit', r));
  const started = Date.now();
  server = startServer();
  await waitForHealth(base, server, 60_000);
  const restart = Date.now() - started;
  recorder.outage = false;
  console.log(`  ✓ serving again ${(restart / 1000).toFixed(1)} s after the kill`);
  return restart;
}

console.log(
  `› Load: ${SHOPPERS} shoppers (pauses up to ${THINK_MS} ms), 1 admin approving, 1 bank delivering, for ${DURATION_MS / 1000} s${opts.crash ? ', SIGKILL at half time' : ''}`,
);
const progress = setInterval(() => {
  const left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
  process.stdout.write(`\r  ${recorder.samples.length} requests, ${left} s left   `);
}, 1000);
const started = Date.now();
const loops = Promise.all([Promise.all(shoppers.map(shopperLoop)), adminLoop(), bankLoop(), crashLoop()]);
// Every request has its own 30 s timeout; should one still never settle, the report says so instead of
// the run waiting forever.
const settled = await Promise.race([loops, sleep(DURATION_MS + 45_000).then(() => null)]);
const restartMs = settled ? settled[3] : null;
const elapsed = (Date.now() - started) / 1000;
clearInterval(progress);
console.log('');

// Let the mail queue and any in-flight chores settle before reading the database.
await sleep(3000);

// ── the report ───────────────────────────────────────────────────────────────────────────────────────
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const byKind = new Map<string, typeof recorder.samples>();
for (const s of recorder.samples) (byKind.get(s.kind) ?? byKind.set(s.kind, []).get(s.kind)!).push(s);
const isError = (s: { status: number }) => s.status === 0 || s.status >= 500;
console.log(
  `\n${'kind'.padEnd(16)}${'requests'.padStart(9)}${'p50'.padStart(9)}${'p95'.padStart(9)}${'p99'.padStart(9)}  statuses`,
);
for (const [kind, samples] of [...byKind].sort((a, b) => b[1].length - a[1].length)) {
  const times = samples.map((s) => s.ms).sort((a, b) => a - b);
  const statuses = new Map<number, number>();
  for (const s of samples) statuses.set(s.status, (statuses.get(s.status) ?? 0) + 1);
  console.log(
    `${kind.padEnd(16)}${String(samples.length).padStart(9)}${pct(times, 50).toFixed(0).padStart(7)}ms${pct(times, 95).toFixed(0).padStart(7)}ms${pct(times, 99).toFixed(0).padStart(7)}ms  ${[...statuses].map(([k, v]) => `${k || 'no answer'}×${v}`).join(' ')}`,
  );
}
const all = recorder.samples.map((s) => s.ms).sort((a, b) => a - b);
const errors = recorder.samples.filter(isError);
console.log(
  `\nAll: ${recorder.samples.length} requests in ${elapsed.toFixed(0)} s = ${(recorder.samples.length / elapsed).toFixed(0)} req/s; p50 ${pct(all, 50).toFixed(0)} ms, p95 ${pct(all, 95).toFixed(0)} ms, p99 ${pct(all, 99).toFixed(0)} ms; errors (5xx or no answer): ${errors.length}`,
);
for (const e of errors.slice(0, 10)) console.log(`  ! ${e.kind}: ${e.status || e.error}`);
const hung = [...recorder.inFlight.values()];
if (hung.length > 0) {
  console.log(`Still unanswered when the report was made: ${hung.length}`);
  for (const h of hung.slice(0, 10))
    console.log(`  ! ${h.kind}, sent ${((performance.now() - h.started) / 1000).toFixed(0)} s ago`);
}
if (opts.crash) {
  console.log(
    `Crash: serving again ${restartMs === null ? '?' : `${(restartMs / 1000).toFixed(1)} s`} after SIGKILL (target ≤ 10 s); ${recorder.outageSamples.length} requests refused while it was down (expected, not counted above)`,
  );
}
const purchases = await sql<{ status: string; n: number }[]>`
  select status, count(*)::int as n from purchases where user_id in (select id from users where email like '%@load.test') group by 1 order by 1`;
console.log(
  `Purchases the load made: ${purchases.map((p) => `${p.status} ${p.n}`).join(', ') || 'none'}; mails delivered: ${sink.messages.length}`,
);

const found = (await reconcile(sql, salesBefore)).filter((d) => !baseline.has(`${d.check}|${d.detail}`));
// Every purchase a shopper was sent to the checkout of exists (once: its id is the primary key).
const stored = await sql<{ id: string }[]>`select id from purchases where id = any(${[...madePurchases]}::uuid[])`;
for (const id of madePurchases) {
  if (!stored.some((r) => r.id === id)) found.push({ check: 'every purchase the load was shown exists', detail: id });
}
if (baseline.size > 0)
  console.log(`(${baseline.size} discrepancies were already in the seeded database and are not counted)`);
console.log(`Reconciliation: ${found.length} discrepancies`);
for (const d of found) console.log(`  ✗ ${d.check}: ${d.detail}`);

server.kill('SIGTERM');
await sql.end({ timeout: 5 });
await sink.close();
const ok =
  errors.length === 0 && hung.length === 0 && found.length === 0 && (restartMs === null || restartMs <= 10_000);
console.log(ok ? '\n✓ 0 errors, 0 discrepancies' : '\n✗ see above');
process.exit(ok ? 0 : 1);
