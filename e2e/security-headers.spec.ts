import type { APIResponse } from '@playwright/test';
import { DEMO, expect, signIn, test } from './fixtures';

/** The directives of a Content-Security-Policy header, by name. */
function directives(policy: string | undefined): Map<string, string[]> {
  expect(policy, 'Content-Security-Policy header').toBeTruthy();
  return new Map(
    policy!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function nonceOf(policy: Map<string, string[]>): string {
  const source = policy.get('script-src')?.find((s) => s.startsWith("'nonce-"));
  expect(source, 'a nonce in script-src').toBeTruthy();
  return source!.slice("'nonce-".length, -1);
}

function expectStaticHeaders(response: APIResponse) {
  const h = response.headers();
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['x-frame-options']).toBe('DENY');
  for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()']) {
    expect(h['permissions-policy']).toContain(feature);
  }
  // The e2e server's APP_URL is http://localhost: no HSTS there (the unit test covers https).
  expect(h['strict-transport-security']).toBeUndefined();
}

test('a page gets a strict CSP with a fresh nonce that every script of the page carries', async ({ request }) => {
  const first = await request.get('/');
  const second = await request.get('/');
  expect(first.status()).toBe(200);
  expectStaticHeaders(first);

  const policy = directives(first.headers()['content-security-policy']);
  const scripts = policy.get('script-src')!;
  expect(scripts).toContain("'strict-dynamic'");
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(policy.get('style-src-elem')).toContain(`'nonce-${nonceOf(policy)}'`);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'self'"]);
  expect(policy.get('form-action')).toEqual(["'self'"]);

  const nonce = nonceOf(policy);
  expect(nonce).not.toBe(nonceOf(directives(second.headers()['content-security-policy'])));

  const html = await first.text();
  const tags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
});

test('on a workflow page every script carries the nonce; the JSON-LD data block needs none', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const workflowUrl = /<loc>([^<]*\/workflows\/[^<]+)<\/loc>/.exec(sitemap)?.[1];
  expect(workflowUrl, 'a workflow page in the sitemap').toBeTruthy();
  const response = await request.get(new URL(workflowUrl!).pathname);
  expect(response.status()).toBe(200);
  const nonce = nonceOf(directives(response.headers()['content-security-policy']));
  const html = await response.text();
  const tags = html.match(/<script\b[^>]*>/g) ?? [];
  // A data block is never run, so the policy does not check it (and the cached anonymous page, shared by
  // every visitor, cannot carry a per-response nonce in it): every other script carries this response's.
  expect(tags.filter((t) => t.includes('type="application/ld+json"'))).toHaveLength(1);
  for (const tag of tags.filter((t) => !t.includes('type="application/ld+json"'))) {
    expect(tag).toContain(`nonce="${nonce}"`);
  }
});

test('a script or style injected into the markup without the nonce does not apply, and the guard sees it', async ({
  page,
  cspViolations,
}) => {
  // Stands in for an XSS hole: the server's page with an attacker's inline script added to its HTML.
  await page.route('/', async (route) => {
    const response = await route.fetch();
    const injected = '<style>body { display: none }</style><script>window.injected = true</script>';
    const body = (await response.text()).replace('</body>', `${injected}</body>`);
    await route.fulfill({ response, body });
  });
  await page.goto('/');
  await expect(page.getByRole('combobox', { name: 'Search workflows' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  const reported = cspViolations.join('\n');
  expect(reported).toMatch(/script-src/);
  expect(reported).toMatch(/style-src-elem/);
  cspViolations.length = 0; // provoked on purpose
});

test('route handlers under /api get the static headers and may not be framed', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.ok()).toBe(true);
  expectStaticHeaders(response);
  expect(directives(response.headers()['content-security-policy']).get('frame-ancestors')).toEqual(["'none'"]);
});

test('robots.txt does not name /admin; the admin area says noindex instead', async ({ page, request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /account');
  expect(robots).not.toContain('/admin');

  const anonymous = await request.get('/admin', { maxRedirects: 0 });
  expect(anonymous.headers()['x-robots-tag']).toBe('noindex, nofollow');

  const response = await signIn(page, DEMO.admin, '/admin');
  expect(response?.status()).toBe(200);
  expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow');
  expect(response?.headers()['content-security-policy']).toContain("'strict-dynamic'");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex, nofollow/);
  await expect(page.getByRole('navigation', { name: 'Admin', exact: true })).toBeVisible();
});

test('a signed-in page, streamed through the nonce stamping, has every script with its nonce once', async ({
  page,
}) => {
  await signIn(page, DEMO.shopper, '/workflows');
  const response = await page.request.get('/workflows');
  expect(response.status()).toBe(200);
  // Streamed: the stamping may change the length, so no Content-Length is sent for it.
  expect(response.headers()['content-length']).toBeUndefined();
  const nonce = nonceOf(directives(response.headers()['content-security-policy']));
  const html = await response.text();
  const tags = (html.match(/<script\b[^>]*>/g) ?? []).filter((t) => !t.includes('type="application/ld+json"'));
  expect(tags.length).toBeGreaterThan(0);
  // Next's own nonces are kept as they are: one attribute, this response's.
  for (const tag of tags) expect(tag.match(/\bnonce="([^"]*)"/g)).toEqual([`nonce="${nonce}"`]);
  // In the browser, its scripts run: no violation (the fixture fails the test on one).
  await page.goto('/workflows', { waitUntil: 'load' });
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeAttached();
});
