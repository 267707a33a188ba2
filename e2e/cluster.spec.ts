import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { APIResponse, Page, Response } from '@playwright/test';
import { startCluster, type Cluster } from '../scripts/lib/cluster';
import { startS3rver, type LocalS3 } from '../scripts/lib/s3rver';
import { DEMO, expect, hiddenFields, newTestUser, registerUser, signIn, test } from './fixtures';
import { createWorkflow } from './support/admin-workflows';

/**
 * Issue 21: the shop behind nginx with two instances of one build (scripts/lib/cluster.ts, what `npm run
 * cluster` starts), on one Postgres, Redis and s3rver. nginx alternates the instances (round robin); each
 * names itself in `x-instance` (scripts/serve.ts, INSTANCE_NAME). Run by playwright.cluster.config.ts.
 */
test.describe.configure({ mode: 'serial' });
test.skip(!process.env.E2E_DATABASE_URL, 'the cluster needs Postgres: run with TEST_DATABASE_URL set');

const root = process.cwd();
const port = Number(process.env.E2E_PORT ?? 3100);
const s3Dir = path.join(root, '.data/e2e-cluster-s3');
let cluster: Cluster;
let s3: LocalS3;

const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

test.beforeAll(async () => {
  test.setTimeout(240_000);
  rmSync(s3Dir, { recursive: true, force: true });
  s3 = await startS3rver({ port: 0, directory: s3Dir, bucket: 'usitech-e2e' });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...s3.env,
    DATABASE_URL: process.env.E2E_DATABASE_URL,
    DATA_DIR: '.data/e2e-cluster',
    APP_URL: `http://localhost:${port}`,
    SEED_DEMO: '1',
    SMTP_URL: process.env.E2E_SMTP_URL ?? '',
    PAYMENT_WEBHOOK_SECRET: process.env.PAYMENT_WEBHOOK_SECRET ?? 'e2e-webhook-secret-0123456789abcdef',
    REGISTRATION_LIMIT_PER_HOUR: '100000',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    // One run's cache entries never meet another's (nor another helper's) in a shared Redis.
    REDIS_KEY_PREFIX: `usitech-e2e-cluster-${port}-${Date.now()}:`,
    TRUST_PROXY: '127.0.0.1',
  };
  // The demo shop (its covers land in s3rver), as `npm run cluster -- --prepare-only` does for an operator.
  // Not spawnSync: s3rver answers the seed's uploads from this process meanwhile.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/cluster.ts', '--prepare-only'], { env });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (d: Buffer) => (output += d.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(status, output).toBe(0);
  cluster = await startCluster({ port, instancePorts: [port + 1, port + 2], env, output: 'ignore' });
});

test.afterAll(async () => {
  await cluster?.stop();
  await s3?.stop();
});

const instanceOf = (response: Response | APIResponse | null) => response?.headers()['x-instance'];

/** Opens `path` until both instances have answered it (at most 6 times); `check` runs after each load. */
async function fromBothInstances(page: Page, url: string, check: () => Promise<void>): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let i = 0; i < 6 && seen.size < 2; i++) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    seen.add(instanceOf(response)!);
    await check();
  }
  return seen;
}

test('a session made on one instance is honoured by the other, and so is a server action', async ({ page }) => {
  // The register form rendered by one instance, its server action posted to the other (as registerUser
  // does it, with the instances recorded): the account is made and the session cookie set.
  const user = newTestUser();
  const form = await page.request.get('/register');
  const answer = await page.request.post('/register', {
    headers: { origin: new URL(form.url()).origin },
    multipart: { ...hiddenFields(await form.text(), 'password'), ...user },
    maxRedirects: 0,
  });
  expect(instanceOf(answer)).not.toBe(instanceOf(form));
  expect(answer.status(), `register ${user.email}`).toBe(303);

  const seen = await fromBothInstances(page, '/account/purchases', async () => {
    await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
  });
  expect([...seen].sort()).toEqual(['app-1', 'app-2']);
});

test('a rate limit counts across both instances, under the address nginx saw, not the one the client claims', async ({
  page,
}) => {
  const user = await registerUser(page);
  await page.context().clearCookies();
  const attempt = async (password: string, i: number) => {
    // nginx alternates the instances request by request and an attempt is two requests (the CSRF token,
    // then the post): one more on every other attempt makes the posts alternate between the instances.
    if (i % 2 === 1) await page.request.get('/api/health');
    const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const answer = await page.request.post('/api/auth/callback/credentials', {
      // A client rotating the address it claims: nginx replaces the header with the address it saw.
      headers: { 'X-Forwarded-For': `203.0.113.${i}` },
      form: { csrfToken, email: user.email, password, callbackUrl: '/account/purchases' },
      maxRedirects: 0,
    });
    return { instance: instanceOf(answer), location: answer.headers()['location'] ?? '' };
  };
  const failures = [];
  for (let i = 0; i < 5; i++) failures.push(await attempt(`wrong password ${i}`, i));
  for (const f of failures) expect(f.location).toMatch(/error=CredentialsSignin/);
  // Then the right password, refused before it is checked, until both instances have refused it. nginx's
  // round robin is per worker process, so the five failures may all have reached one instance: the other
  // one refusing with fewer than five failures of its own is what shows the count is shared.
  const refusedBy = new Set<string>();
  for (let i = 5; i < 15 && refusedBy.size < 2; i++) {
    const answer = await attempt(user.password, i);
    expect(answer.location, `attempt ${i + 1}`).toMatch(/code=throttled/);
    refusedBy.add(answer.instance ?? 'no x-instance header');
  }
  expect([...refusedBy].sort(), 'both instances refused the sign-in').toEqual(['app-1', 'app-2']);
});

test('a cover uploaded through one instance is stored in the object store and served by both', async ({ page }) => {
  const title = `Cluster cover ${Date.now()}`;
  await signIn(page, DEMO.admin, '/admin/workflows/new');
  await createWorkflow(page, title, undefined, { name: 'cover.png', mimeType: 'image/png', buffer: PNG_1X1 });
  const cover = page.getByRole('region', { name: 'Images and files' }).getByRole('img', { name: title });
  await expect(cover).toBeVisible();
  const src = (await cover.getAttribute('src'))!;
  const key = src.replace(/^\/media\//, '');
  // In s3rver's folder (the bucket), not on an instance's disk.
  const bucketFiles = readdirSync(path.join(s3Dir, 'usitech-e2e'), { recursive: true }).map(String);
  expect(bucketFiles.some((f) => f.startsWith(`${key}._S3rver_object`) || f === key)).toBe(true);

  const servedBy = new Set<string>();
  for (let i = 0; i < 6 && servedBy.size < 2; i++) {
    const image = await page.request.get(src);
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
    expect(Buffer.from(await image.body()).equals(PNG_1X1)).toBe(true);
    servedBy.add(instanceOf(image)!);
  }
  expect([...servedBy].sort()).toEqual(['app-1', 'app-2']);
});

test('an admin edit made on one instance is seen on the other on the next request', async ({ page, browser }) => {
  const word = `Clusterword${Date.now()}`;
  await signIn(page, DEMO.admin, '/admin/workflows/new');
  await createWorkflow(page, `${word} before`);
  const slug = await page.getByLabel('Slug').inputValue();
  const visitor = await (await browser.newContext()).newPage();
  // Both instances have the page cached with the old title.
  await fromBothInstances(visitor, `/workflows/${slug}`, async () => {
    await expect(visitor.getByRole('heading', { level: 1, name: `${word} before` })).toBeVisible();
  });
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Save changes' }) });
  await form.getByLabel('Title').fill(`${word} after`);
  await form.getByLabel('Slug').fill(slug);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByText('Changes saved.')).toBeVisible();
  const seen = await fromBothInstances(visitor, `/workflows/${slug}`, async () => {
    await expect(visitor.getByRole('heading', { level: 1, name: `${word} after` })).toBeVisible();
  });
  expect(seen.size).toBe(2);
});

/** `count` requests for shop pages, `parallel` at a time: the status (0 = no answer) and instance of each. */
async function journeys(page: Page, count: number, parallel: number, during?: () => Promise<void>) {
  const paths = ['/', '/workflows', '/workflows?sort=newest', '/api/health', '/terms'];
  const results: Array<{ status: number; instance?: string }> = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const url = paths[next++ % paths.length]!;
      try {
        const res = await page.request.get(url, { timeout: 30_000 });
        await res.body();
        results.push({ status: res.status(), instance: instanceOf(res) });
      } catch {
        results.push({ status: 0 });
      }
    }
  };
  await Promise.all([...Array.from({ length: parallel }, worker), during?.()]);
  return results;
}

/**
 * Waits until nginx sends requests to both instances again: an instance it saw fail is left out for
 * fail_timeout (10 s) after it came back.
 */
async function bothInRotation(page: Page) {
  await expect(async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 4; i++) seen.add(instanceOf(await page.request.get('/api/health')) ?? '');
    expect([...seen].sort()).toEqual(['app-1', 'app-2']);
  }).toPass({ timeout: 30_000 });
}

test('an instance stopped with SIGTERM mid-run: no request fails, the other takes over', async ({ page }) => {
  const [app1] = cluster.instances;
  await bothInRotation(page);
  const results = await journeys(page, 60, 4, async () => {
    await page.waitForTimeout(1_500);
    await app1!.stop('SIGTERM');
  });
  expect(results.filter((r) => r.status !== 200)).toEqual([]);
  const after = await journeys(page, 6, 1);
  expect(after.map((r) => `${r.status} ${r.instance}`)).toEqual(Array(6).fill('200 app-2'));
  await app1!.start();
});

test('an instance killed with SIGKILL: only requests in flight on it fail, the next ones succeed', async ({ page }) => {
  const [, app2] = cluster.instances;
  const parallel = 4;
  await bothInRotation(page);
  const results = await journeys(page, 60, parallel, async () => {
    await page.waitForTimeout(1_500);
    await app2!.stop('SIGKILL');
  });
  // At most the requests that were on app-2 when it died (nginx retries a GET whose connection broke).
  const failed = results.filter((r) => r.status !== 200);
  expect(failed.length, JSON.stringify(failed)).toBeLessThanOrEqual(parallel);
  const after = await journeys(page, 6, 1);
  expect(after.map((r) => `${r.status} ${r.instance}`)).toEqual(Array(6).fill('200 app-1'));
  await app2!.start();
});
