import {
  ACTIONS,
  CALLERS,
  PAGES,
  REFUSALS,
  ROUTES,
  type Caller,
  type Expect,
  type Objects,
} from './authorization/matrix';
import { changedTables, holdChores, snapshot } from './support/db-snapshot';
import { discoverActions, discoverRoutes } from './support/entry-points';
import { openCallers, makeObjects } from './support/matrix-setup';
import { outcomeOf, postAction } from './support/server-action';
import { expect, hasDirectDb, signIn, test } from './fixtures';
import { directDb } from './direct-db';

// Issue 16: every page, route handler and server action of the build, called as signed-out, shopper A,
// shopper B (against A's objects) and the admin; the expectations are e2e/authorization/matrix.ts.

test('every entry point of the build has a row in the authorization matrix', () => {
  const missing = [
    ...discoverRoutes()
      .filter((e) => !(e.kind === 'page' ? PAGES : ROUTES)[e.key])
      .map((e) => `${e.kind} ${e.key}`),
    ...discoverActions()
      .filter((a) => !ACTIONS[a.key])
      .map((a) => `action ${a.key}`),
  ];
  expect(missing, 'entry points with no expected row in e2e/authorization/matrix.ts').toEqual([]);
  const built = new Set([...discoverRoutes().map((e) => e.key), ...discoverActions().map((a) => a.key)]);
  const stale = [...Object.keys(PAGES), ...Object.keys(ROUTES), ...Object.keys(ACTIONS)].filter((k) => !built.has(k));
  expect(stale, 'rows in the matrix for entry points the build no longer has').toEqual([]);
});

/** Actions that end the caller's session when allowed: called after every other, each on a new sign-in. */
const ENDS_SESSION = /#(signOutAction|signOutEverywhereAction)$/;

test('the authorization matrix holds for every page, route handler and server action', async ({ browser, baseURL }) => {
  test.skip(!hasDirectDb, 'needs the e2e server on Postgres (TEST_DATABASE_URL) to compare rows');
  test.setTimeout(600_000);
  const callers = await openCallers(browser);
  const objects: Objects = await makeObjects(callers.a.page, baseURL!, [3, 4]);
  const sql = directDb();
  await holdChores(sql);
  const wrong: string[] = [];
  let before = await snapshot(sql);

  const check = async (label: string, caller: Caller, want: Expect, call: () => ReturnType<typeof postAction>) => {
    const response = await call();
    const got = outcomeOf(response);
    const refused = REFUSALS.has(want);
    const matches = want === 'refused' ? got === 'ok' || got === '404' : got === want;
    if (!matches) wrong.push(`${label} as ${caller}: expected ${want}, got ${got} (${response.status()})`);
    const after = await snapshot(sql);
    const changed = changedTables(before, after);
    if (refused && changed.length > 0)
      wrong.push(`${label} as ${caller}: refused (${got}) but wrote ${changed.join(', ')}`);
    before = after;
  };

  try {
    const routes = discoverRoutes();
    for (const entry of routes) {
      const row = (entry.kind === 'page' ? PAGES : ROUTES)[entry.key];
      if (!row) continue; // the first test names it
      for (const caller of CALLERS) {
        const url = row.path(objects);
        const { request } = callers[caller];
        await check(`${row.method ?? 'GET'} ${url}`, caller, row[caller], () =>
          row.method === 'POST'
            ? request.post(url, { maxRedirects: 0, failOnStatusCode: false, form: { workflowId: objects.workflowId } })
            : request.get(url, { maxRedirects: 0, failOnStatusCode: false }),
        );
      }
    }

    const actions = discoverActions().sort(
      (x, y) => Number(ENDS_SESSION.test(x.key)) - Number(ENDS_SESSION.test(y.key)),
    );
    for (const action of actions) {
      const row = ACTIONS[action.key];
      if (!row) continue;
      // Callers who may run it last, so a sign-out does not end a session another call still needs.
      const order = [...CALLERS].sort((x, y) => Number(row[x] === 'ok') - Number(row[y] === 'ok'));
      for (const caller of order) {
        const want = row[caller];
        const account = callers[caller].account;
        if (ENDS_SESSION.test(action.key) && account) await signIn(callers[caller].page, account);
        const fields = want === 'ok' ? [] : row.fields(objects);
        await check(`action ${action.key}`, caller, want, () =>
          postAction(callers[caller].request, baseURL!, action, fields, { args: row.args?.(objects) }),
        );
      }
    }
  } finally {
    await sql.end();
  }
  expect(wrong, 'calls that broke the matrix').toEqual([]);
});
