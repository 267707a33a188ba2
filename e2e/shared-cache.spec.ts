import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import config from '../playwright.config';
import { createWorkflow, deleteWorkflow, renameWorkflow } from './support/admin-workflows';
import { DEMO, expect, signIn, test } from './fixtures';

/**
 * Issue 21: with REDIS_URL, Next's caches live in Redis (lib/cache-handlers/), so two instances of one
 * build share cached pages and their tags. The usual e2e server is instance 1; this spec starts a second
 * `scripts/serve.ts` of the same build on the same Postgres database and Redis prefix. An admin edit
 * through instance 1 expires the tags in Redis, and instance 2, which had the old page cached, serves the
 * new one on its next request. (With the in-process cache it would serve the old page for an hour.)
 */
const port1 = Number(process.env.E2E_PORT ?? 3100);
const port2 = port1 + 1;
const second = `http://localhost:${port2}`;

test.skip(!process.env.REDIS_URL, 'No Redis: scripts/e2e.ts builds and serves with REDIS_URL only when Redis answers');
test.skip(!process.env.E2E_DATABASE_URL, 'Two processes cannot share PGlite: run with TEST_DATABASE_URL (Postgres)');

let instance2: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const dataDir = process.env.E2E_DATA_DIR ?? '.data/e2e';
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(config.webServer as { env: Record<string, string> }).env,
    PORT: String(port2),
    NODE_ENV: 'production',
    DATABASE_URL: process.env.E2E_DATABASE_URL,
    // The secret instance 1 generated (scripts/start.ts): instances of one shop share it.
    AUTH_SECRET: process.env.AUTH_SECRET ?? readFileSync(path.join(dataDir, 'auth-secret'), 'utf8').trim(),
  };
  instance2 = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port2)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  instance2.stdout!.on('data', (d) => (output += d));
  instance2.stderr!.on('data', (d) => (output += d));
  const deadline = Date.now() + 90_000;
  for (;;) {
    const up = await fetch(`${second}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (instance2.exitCode !== null || Date.now() > deadline) {
      throw new Error(`The second instance did not start on ${second}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
});

test.afterAll(async () => {
  if (!instance2 || instance2.exitCode !== null) return;
  const exited = new Promise((r) => instance2!.once('exit', r));
  instance2.kill('SIGTERM');
  await exited;
});

test('an admin edit through one instance is seen on the other instance’s next request', async ({ page, browser }) => {
  const word = `Sharedcache${Date.now()}`;
  const title = `${word} order sync`;
  const renamed = `${word} order sync, renamed`;
  await signIn(page, DEMO.admin, '/admin/workflows/new');
  await createWorkflow(page, title);
  const editPage = page.url();
  const slug = await page.getByLabel('Slug').inputValue();

  // A visitor reads the page on instance 2 until it comes from the cache there (no database statement).
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`${second}/workflows/${slug}`);
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const cached = await visitor.request.get(`${second}/workflows/${slug}`);
  expect(cached.headers()['x-db-queries'], 'instance 2 serves the page from the cache').toBe('0');
  // Instance 1 serves the same cached entry: it never rendered this page, yet runs no statement for it.
  const fromOne = await visitor.request.get(`http://localhost:${port1}/workflows/${slug}`);
  expect(await fromOne.text()).toContain(title);
  expect(fromOne.headers()['x-db-queries'], 'instance 1 reads the page instance 2 cached').toBe('0');

  const search = `${second}/workflows?q=${encodeURIComponent(word)}`;
  await visitor.goto(search);
  await expect(visitor.getByRole('main').getByRole('link', { name: title, exact: true })).toBeVisible();

  // The admin renames it through instance 1.
  await renameWorkflow(page, editPage, renamed, slug);

  // Instance 2's next request shows the new title, and the catalog there lists it too.
  await visitor.goto(`${second}/workflows/${slug}`);
  await expect(visitor.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
  await visitor.goto(search);
  await expect(visitor.getByRole('main').getByRole('link', { name: renamed, exact: true })).toBeVisible();
  await expect(visitor.getByRole('main').getByRole('link', { name: title, exact: true })).toHaveCount(0);
  await visitorContext.close();

  await page.goto(editPage);
  await deleteWorkflow(page, renamed);
});
