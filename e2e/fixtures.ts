import { randomUUID } from 'node:crypto';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { SESSION_COOKIE } from '../lib/auth/session-cookie';

export const DEMO = {
  admin: { email: 'admin@usitech.local', password: 'AdminDemo#2026', name: 'Lan Admin' },
  shopper: { email: 'an@usitech.local', password: 'ShopperDemo#2026' },
} as const;

export type TestUser = { name: string; email: string; password: string };

/** An account to sign in as: a demo account, or one `registerUser` made. */
type Credentials = { email: string; password: string };

/** Where `signIn` and `registerUser` check that the new session works, unless told a page. */
const SIGNED_IN_PAGE = '/account/purchases';

/** A name, email and password nobody has registered yet. */
export function newTestUser(overrides: Partial<TestUser> = {}): TestUser {
  const id = randomUUID().slice(0, 8);
  return {
    name: overrides.name ?? `Shopper ${id}`,
    email: overrides.email ?? `shopper-${id}@example.test`,
    password: overrides.password ?? 'a long test password',
  };
}

/**
 * A new shopper account, made by the register page's own form post: `page.request` fetches /register and
 * posts back every field its form renders (the hidden ones too), as a browser without JavaScript does, so
 * `registerAction` runs as for the form (the account, its confirmation mail, the sign-in) and the session
 * cookie lands in `page`'s context. Works on PGlite too. Then opens `path` and checks it renders signed in.
 * auth.spec.ts drives the form itself.
 */
export async function registerUser(
  page: Page,
  overrides: Partial<TestUser> = {},
  path = SIGNED_IN_PAGE,
): Promise<TestUser> {
  const user = newTestUser(overrides);
  const form = await page.request.get('/register');
  expect(form.status(), 'GET /register').toBe(200);
  const answer = await page.request.post('/register', {
    headers: { origin: new URL(form.url()).origin },
    multipart: { ...hiddenFields(await form.text(), 'password'), ...user },
    maxRedirects: 0,
  });
  // Registered and signed in: the action redirects; a refusal renders the form again (200) with its errors.
  expect(answer.status(), `register ${user.email}`).toBe(303);
  await expectSessionCookie(page);
  await openSignedIn(page, path);
  return user;
}

/** The hidden inputs (name → value) of the form in `html` that has a field named `field`. */
export function hiddenFields(html: string, field: string): Record<string, string> {
  const form = [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)].find((m) => m[1]!.includes(`name="${field}"`));
  expect(form, `a form with the field ${field}`).toBeDefined();
  const fields: Record<string, string> = {};
  for (const [input] of form![1]!.matchAll(/<input\b[^>]*>/g)) {
    if (!/\btype="hidden"/.test(input)) continue;
    const name = /\bname="([^"]*)"/.exec(input)?.[1];
    if (name) fields[unescapeHtml(name)] = unescapeHtml(/\bvalue="([^"]*)"/.exec(input)?.[1] ?? '');
  }
  return fields;
}

const HTML_ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', '#x27': "'", '#39': "'" };
const unescapeHtml = (text: string) =>
  text.replace(/&(quot|amp|lt|gt|#x27|#39);/g, (_, entity: string) => HTML_ENTITIES[entity]!);

async function expectSessionCookie(page: Page) {
  const cookies = await page.context().cookies();
  expect(
    cookies.filter((c) => SESSION_COOKIE.test(c.name)),
    'the session cookie',
  ).not.toEqual([]);
}

/** Opens `path` and checks it renders for a signed-in visitor; answers the navigation's response. */
async function openSignedIn(page: Page, path: string) {
  const response = await page.goto(path);
  await expect(page).not.toHaveURL(/\/login(\?|$)/);
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
  return response;
}

/**
 * Signs `page`'s browser context in as `user` through Auth.js's HTTP API, not the login form: the CSRF
 * token (and its cookie) from GET /api/auth/csrf, then POST /api/auth/callback/credentials. `page.request`
 * shares the context's cookie jar, so the session cookie lands where the page reads it. Then opens `path`
 * (a signed-in page by default; pass the one the test goes to next) and checks it renders signed in.
 * Answers that navigation's response. Journeys about the form itself use `signInWithForm`.
 */
export async function signIn(page: Page, user: Credentials, path = SIGNED_IN_PAGE) {
  const csrf = await page.request.get('/api/auth/csrf');
  expect(csrf.status(), 'GET /api/auth/csrf').toBe(200);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const answer = await page.request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: user.email, password: user.password, callbackUrl: path },
    maxRedirects: 0,
  });
  // Success redirects to the callbackUrl; a refusal to /login?error=CredentialsSignin&code=…
  const location = answer.headers()['location'] ?? '';
  expect(answer.status(), `sign-in as ${user.email}`).toBe(302);
  expect(location, `sign-in as ${user.email}`).not.toMatch(/[?&]error=/);
  await expectSessionCookie(page);
  return openSignedIn(page, path);
}

/** Signs in through the login form at `path` (/login, or a page that sends there): for the sign-in journeys. */
export async function signInWithForm(page: Page, user: Credentials, path = '/login') {
  await page.goto(path);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
}

/** True when the e2e server runs on Postgres, so tests may read and write rows directly. */
export const hasDirectDb = Boolean(process.env.E2E_DATABASE_URL);

/** Chromium's console text for a blocked resource or script, and what the page-side listener logs. */
const CSP_MESSAGE = /Content Security Policy|\[csp-violation\]/i;

/** Runs in every page before its own scripts: logs each `securitypolicyviolation` event to the console. */
function reportCspViolations() {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(
      `[csp-violation] ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} in ${e.documentURI}` +
        ` (${e.sourceFile || 'no file'}:${e.lineNumber}) ${e.sample}`,
    );
  });
}

function watchForCspViolations(context: BrowserContext, violations: string[]) {
  context.on('console', (message) => {
    if (CSP_MESSAGE.test(message.text())) violations.push(`${message.page()?.url() ?? '?'}: ${message.text()}`);
  });
  context.addInitScript(reportCspViolations).catch(() => {
    // The context closed before the script was added: its console listener still reports.
  });
}

/**
 * Every spec imports `test` from here. Each test fails if any page it opened (in its own context or in
 * one it made with `browser.newContext()` / `browser.newPage()`) hit a Content-Security-Policy
 * violation. A test that provokes one on purpose reads `cspViolations` and empties it.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context, browser }, provide) => {
      const violations: string[] = [];
      watchForCspViolations(context, violations);
      const created: BrowserContext[] = [];
      const onContext = (extra: BrowserContext) => {
        created.push(extra);
        watchForCspViolations(extra, violations);
      };
      browser.on('context', onContext);
      try {
        await provide(violations);
      } finally {
        browser.off('context', onContext);
        // Playwright closes only the test's own `context`: one made with browser.newContext() or newPage() lives
        // until the worker's browser closes. Left open, every such page of a run (a second shopper's tab, an
        // admin beside a buyer) kept its renderer, its memory and its timers: 86 renderers by the hundredth
        // test, and the run slowed to a third of its speed.
        await Promise.all(created.map((extra) => extra.close().catch(() => undefined)));
      }
      expect(violations, 'Content-Security-Policy violations in this test').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
