import { randomUUID } from 'node:crypto';
import { expect, registerUser, test } from './fixtures';

/**
 * Issue 20: a visitor without a session gets the public pages from the cache (the anonymous variant,
 * app/public-view); a signed-in shopper gets the personal page. The server tells each response's
 * database statements in `x-db-queries` (REPORT_DB_QUERIES=1, lib/http/query-count.ts).
 */
const WORKFLOW = '/workflows/turn-starred-gmail-threads-into-trello-tasks';

test.describe('pages served from the cache', () => {
  test('a warm cached catalog, search, category and workflow page run no database query', async ({ request }) => {
    // A search nobody made before: its first answer is generated (and queries), the next come from the cache.
    const fresh = `/workflows?q=${randomUUID().slice(0, 8)}`;
    const first = await request.get(fresh);
    expect(first.status()).toBe(200);
    expect(Number(first.headers()['x-db-queries'])).toBeGreaterThan(0);
    for (const path of [fresh, '/workflows', '/workflows?q=slack', '/categories/marketing', WORKFLOW, '/']) {
      await request.get(path); // warm
      for (let i = 0; i < 3; i++) {
        const res = await request.get(path);
        expect(res.status(), path).toBe(200);
        expect(res.headers()['x-db-queries'], `${path}: statements run for a cached page`).toBe('0');
      }
    }
  });

  test('equivalent URLs share one cache entry: tracking parameters and a reordered query change nothing', async ({
    request,
  }) => {
    await request.get('/workflows?q=slack&sort=price-asc');
    for (const path of ['/workflows?sort=price-asc&q=slack', '/workflows?q=slack&sort=price-asc&utm_source=news']) {
      const res = await request.get(path);
      expect(res.headers()['x-db-queries'], path).toBe('0');
    }
  });

  test('nothing personal reaches a visitor: the anonymous page never shows a shopper’s name, email or favorites', async ({
    page,
    browser,
  }) => {
    const shopper = await registerUser(page, { name: `Cache Probe ${randomUUID().slice(0, 6)}` });
    await page.goto(WORKFLOW);
    await page.getByRole('button', { name: 'Add to favorites', exact: true }).first().click();
    await expect(page.getByTestId('favorite-count')).toBeVisible();
    for (const path of ['/', '/workflows', WORKFLOW, '/categories/marketing']) {
      await page.goto(path);
      await expect(page.getByTestId('account-name')).toContainText(shopper.name);
    }

    const visitor = await browser.newContext();
    const anonymous = await visitor.newPage();
    for (const path of ['/', '/workflows', WORKFLOW, '/categories/marketing']) {
      const res = await anonymous.goto(path);
      const html = (await res!.text()) + (await anonymous.content());
      expect(html, path).not.toContain(shopper.name);
      expect(html, path).not.toContain(shopper.email);
      await expect(anonymous.getByRole('link', { name: 'Sign in' })).toBeVisible();
      await expect(anonymous.getByTestId('favorite-count')).toHaveCount(0);
    }
    await visitor.close();

    // And the shopper still gets the personal page after the visitor filled the cache.
    await page.goto(WORKFLOW);
    await expect(page.getByTestId('account-name')).toContainText(shopper.name);
    await expect(page.getByRole('button', { name: 'Remove from favorites', exact: true }).first()).toBeVisible();
  });

  test('a cached page reaches the browser with this response’s nonce on its scripts, and runs', async ({ page }) => {
    const one = await page.goto('/workflows');
    const policy = one!.headers()['content-security-policy']!;
    const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
    expect(await one!.text()).toContain(`nonce="${nonce}"`);
    expect(one!.headers()['cache-control']).toContain('private');
    expect(one!.headers()['vary']).toMatch(/cookie/i);
    const two = await page.goto('/workflows');
    expect(/'nonce-([^']+)'/.exec(two!.headers()['content-security-policy']!)![1]).not.toBe(nonce);
    // The scripts run (the fixture fails the test on any CSP violation): a client-side navigation works.
    await page.locator('main a[href^="/workflows/"]').first().click();
    await expect(page).toHaveURL(/\/workflows\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('the internal variant routes are not served when asked for directly', async ({ request }) => {
    expect((await request.get('/public-view/catalog/-')).status()).toBe(404);
  });
});
