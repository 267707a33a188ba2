import type { APIRequestContext, APIResponse, Browser, BrowserContext } from '@playwright/test';
import fc from 'fast-check';
import { ACTIONS, PAGES, REFUSALS, ROUTES, type Caller, type Objects, type RouteRow } from './authorization/matrix';
import { changedTables, holdChores, snapshot } from './support/db-snapshot';
import { discoverActions, discoverRoutes, type EntryPoint } from './support/entry-points';
import { actionArgs, encode, fieldValue, formFields, pathSegment, queryString } from './support/fuzz-input';
import { makeObjects, openCallers, type Callers } from './support/matrix-setup';
import { postAction } from './support/server-action';
import { expect, hasDirectDb, test } from './fixtures';
import { directDb, type DirectDb } from './direct-db';

// Issue 16: every server action, route handler and page (its search parameters and path segments) driven by
// fast-check with arbitrary and adversarial input (e2e/support/fuzz-input.ts). The answer is a validation
// message, a 4xx, a redirect or a success, never a 5xx; a refusal writes nothing (every table compared).
// The entry points come from the build's manifests, as in e2e/authorization.spec.ts; each is called by a
// caller the matrix allows, so the input reaches the validation behind the guard.
//
// FUZZ_RUNS cases per entry point (CI: the default below; `npm run fuzz -- --runs 100000` for a long run);
// FUZZ_SEED replays a run (fast-check prints the seed and the failing input); FUZZ_SHRINK=1 shrinks it to the
// smallest failing input first (slow: every attempt is a request).
const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const PROGRESS_EVERY = 1000;
// A generous bound per case (a case takes about 0.13 s), so a hung request fails its test instead of CI.
const CASE_BUDGET_MS = 5_000;

test.skip(!hasDirectDb, 'needs the e2e server on Postgres (TEST_DATABASE_URL) to compare rows');

let callers: Callers;
let objects: Objects;
let sql: DirectDb;

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  callers = await openCallers(browser);
  objects = await makeObjects(callers.a.page, baseURL!, [5, 6]);
  sql = directDb();
  await holdChores(sql);
});

test.afterAll(async () => {
  await sql?.end();
});

/** The caller who may use it (anyone, a shopper, the admin): the input then gets past the guard. */
function allowedCaller(row: Record<Caller, string>): Caller {
  const callersInOrder: Caller[] = ['a', 'admin', 'anon', 'b'];
  return callersInOrder.find((c) => !REFUSALS.has(row[c] as never)) ?? 'anon';
}

/** A signed-out caller gets a context of its own per entry point: a fuzzed registration may sign it in. */
async function requestFor(caller: Caller, browser: Browser) {
  if (caller !== 'anon') return { request: callers[caller].request, close: async () => {} };
  const context: BrowserContext = await browser.newContext();
  return { request: context.request, close: () => context.close() };
}

/** Runs `call` RUNS times with fast-check; fails on a 5xx, or on a refusal that wrote something. */
async function fuzz<T>(
  label: string,
  input: fc.Arbitrary<T>,
  call: (value: T) => Promise<APIResponse>,
  isRefusal: (r: APIResponse, body: string) => boolean,
) {
  let before = await snapshot(sql);
  let count = 0;
  const started = Date.now();
  await fc.assert(
    fc.asyncProperty(input, async (value) => {
      const response = await call(value);
      const body = await response.text().catch(() => '');
      count += 1;
      if (count % PROGRESS_EVERY === 0) {
        console.log(`  ${label}: ${count}/${RUNS} cases, ${((Date.now() - started) / 1000).toFixed(0)} s`);
      }
      expect(response.status(), `${label} answered ${response.status()}: ${body.slice(0, 300)}`).toBeLessThan(500);
      const after = await snapshot(sql);
      const changed = changedTables(before, after);
      before = after;
      if (isRefusal(response, body)) {
        expect(changed, `${label} refused (${response.status()}) but wrote`).toEqual([]);
      }
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: process.env.FUZZ_SHRINK !== '1' },
  );
}

const ENDS_SESSION = /#(signOutAction|signOutEverywhereAction)$/;

for (const action of discoverActions()) {
  test(`fuzz ${action.key}`, async ({ browser, baseURL }) => {
    test.setTimeout(CASE_BUDGET_MS * RUNS + 60_000);
    const row = ACTIONS[action.key];
    test.skip(!row, 'no row in the matrix: e2e/authorization.spec.ts fails for it');
    const caller = ENDS_SESSION.test(action.key) ? 'anon' : allowedCaller(row!);
    const known = row!.fields(objects).map(([name]) => name);
    const { request, close } = await requestFor(caller, browser);
    try {
      await fuzz(
        action.key,
        fc.tuple(formFields(known), actionArgs),
        ([fields, args]) => postAction(request, baseURL!, action, fields, { args }),
        (response, body) => response.status() >= 300 || /"status":"error"/.test(body),
      );
    } finally {
      await close();
    }
  });
}

/** A URL for `row` with some dynamic segments replaced by fuzzed ones, and a fuzzed query string. */
function fuzzedUrl(entry: EntryPoint, row: RouteRow): fc.Arbitrary<string> {
  const real = row.path(objects).split('?')[0]!.split('/');
  const pattern = entry.key.split('/');
  const dynamic = pattern.map((s, i) => (s.startsWith('[') && real[i] !== undefined ? i : -1)).filter((i) => i >= 0);
  return fc
    .tuple(
      fc.array(fc.option(pathSegment, { nil: undefined }), { minLength: dynamic.length, maxLength: dynamic.length }),
      queryString,
    )
    .map(([segments, query]) => {
      const parts = [...real];
      dynamic.forEach((index, k) => {
        if (segments[k] !== undefined) parts[index] = segments[k]!;
      });
      return `${parts.join('/')}${query ? `?${query}` : ''}`;
    });
}

const body = fc.oneof(
  fc.json().map((json) => Buffer.from(json)),
  fc.uint8Array({ maxLength: 512 }).map((bytes) => Buffer.from(bytes)),
  fc
    .array(fc.tuple(fc.string({ maxLength: 20 }), fieldValue), { maxLength: 6 })
    .map((pairs) =>
      Buffer.from(pairs.map(([k, v]) => `${encode(k)}=${encode(typeof v === 'string' ? v : 'x')}`).join('&')),
    ),
);
const headers = fc.record(
  {
    'content-type': fc.constantFrom(
      'application/json',
      'application/x-www-form-urlencoded',
      'text/plain',
      'multipart/form-data',
    ),
    'x-usitech-timestamp': fc.oneof(fc.constant(String(Math.floor(Date.now() / 1000))), fc.string({ maxLength: 20 })),
    'x-usitech-signature': fc.oneof(
      fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }),
      fc.string({ maxLength: 80 }),
    ),
    'sec-fetch-site': fc.constantFrom('same-origin', 'cross-site', 'none'),
  },
  { requiredKeys: ['content-type'] },
);

for (const entry of discoverRoutes()) {
  test(`fuzz ${entry.kind} ${entry.key}`, async ({ browser }) => {
    test.setTimeout(CASE_BUDGET_MS * RUNS + 60_000);
    const row = (entry.kind === 'page' ? PAGES : ROUTES)[entry.key];
    test.skip(!row, 'no row in the matrix: e2e/authorization.spec.ts fails for it');
    const caller = allowedCaller(row!);
    const { request, close } = await requestFor(caller, browser);
    const send = (r: APIRequestContext, url: string, data: Buffer, h: Record<string, string>) =>
      row!.method === 'POST'
        ? r.post(url, { data, headers: h, maxRedirects: 0, failOnStatusCode: false })
        : r.get(url, { maxRedirects: 0, failOnStatusCode: false });
    try {
      await fuzz(
        `${entry.kind} ${entry.key}`,
        fc.tuple(fuzzedUrl(entry, row!), body, headers),
        ([url, data, h]) => send(request, url, data, h),
        // A GET that is turned away (4xx, or a redirect) writes nothing; a POST that is refused neither.
        (response) => response.status() >= 400,
      );
    } finally {
      await close();
    }
  });
}
