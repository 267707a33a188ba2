import type { Browser, Page } from '@playwright/test';
import { expect, registerUser, signOut, test } from './fixtures';

/**
 * The server knows itself as localhost (playwright.config.ts: APP_URL, and the Next server's own
 * hostname); a visitor may reach it by another name: 127.0.0.1 here, the shop's domain behind a proxy in
 * production. Every redirect must keep the visitor on the host they came by, or they land signed out.
 */
const SLUG = 'github-pull-request-reminders-in-slack';

function otherHost(baseURL: string | undefined): string {
  const url = new URL(baseURL ?? 'http://localhost:3100');
  expect(url.hostname, 'the e2e server is configured as localhost').toBe('localhost');
  url.hostname = '127.0.0.1';
  return url.origin;
}

const onHost = (origin: string, path: RegExp) => new RegExp(`^${origin.replace(/\./g, '\\.')}${path.source}`);

async function openOnOtherHost(browser: Browser, baseURL: string | undefined) {
  const origin = otherHost(baseURL);
  const context = await browser.newContext({ baseURL: origin });
  const page: Page = await context.newPage();
  return { origin, context, page };
}

test('on another host name: favorite while signed out → sign in → back on the same host, signed in, with the favorite', async ({
  browser,
  baseURL,
}) => {
  const { origin, context, page } = await openOnOtherHost(browser, baseURL);
  const user = await registerUser(page);
  await signOut(page);

  await page.goto(`/workflows/${SLUG}?reviewsSort=highest`);
  await page.getByRole('button', { name: 'Add to favorites' }).first().click();
  await expect(page).toHaveURL(onHost(origin, /\/login\?callbackUrl=/));
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(onHost(origin, new RegExp(`/workflows/${SLUG}\\?reviewsSort=highest$`)));
  await expect(page.getByRole('button', { name: 'Remove from favorites' }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
  await context.close();
});

test('on another host name: the favorite-after-login route and the sign-in redirect answer paths, not the server’s own host', async ({
  browser,
  baseURL,
}) => {
  const { origin, context, page } = await openOnOtherHost(browser, baseURL);

  // Signed out: a signed-in page sends to /login on the same host.
  await page.goto('/account/purchases');
  await expect(page).toHaveURL(onHost(origin, /\/login\?callbackUrl=%2Faccount%2Fpurchases$/));
  const toLogin = await page.request.get('/account/purchases', { maxRedirects: 0 });
  expect(toLogin.status()).toBe(307);
  expect(toLogin.headers().location).toBe('/login?callbackUrl=%2Faccount%2Fpurchases');

  await registerUser(page);
  await page.goto(`/workflows/${SLUG}`);
  const workflowId = (await page.locator('input[name="workflowId"]').first().getAttribute('value'))!;
  const post = (form: Record<string, string>) =>
    page.request.post('/api/favorites/after-login', {
      form,
      headers: { 'sec-fetch-site': 'same-origin' },
      maxRedirects: 0,
    });

  const added = await post({ workflowId, returnTo: `/workflows/${SLUG}?reviewsSort=highest` });
  expect(added.status()).toBe(303);
  expect(added.headers().location).toBe(`/workflows/${SLUG}?reviewsSort=highest`);
  // Bad input goes home; a path the URL parser would take to another host goes home too.
  const bad = await post({ workflowId: 'not-a-uuid', returnTo: '/' });
  expect(bad.status()).toBe(303);
  expect(bad.headers().location).toBe('/');
  const elsewhere = await post({ workflowId, returnTo: '/\t/evil.example' });
  expect(elsewhere.status()).toBe(303);
  expect(elsewhere.headers().location).not.toMatch(/evil|localhost/);

  // Without Sec-Fetch-Site (older browsers) the Origin is compared with the host the form was sent to.
  const withOrigin = (from: string) =>
    page.request.post('/api/favorites/after-login', {
      form: { workflowId, returnTo: '/account/favorites' },
      headers: { origin: from },
      maxRedirects: 0,
    });
  const sameHost = await withOrigin(origin);
  expect(sameHost.status()).toBe(303);
  expect(sameHost.headers().location).toBe('/account/favorites');
  expect((await withOrigin('https://evil.example')).status()).toBe(403);

  await page.goto('/account/favorites');
  await expect(page).toHaveURL(onHost(origin, /\/account\/favorites$/));
  await expect(page.getByRole('list', { name: 'Favorite workflows' }).getByRole('listitem')).toHaveCount(1);
  await context.close();
});
