/**
 * The compressed JavaScript each shop page really transfers in the browser (issue 20).
 * Opens each page in Debian's Chromium (cache disabled), sums CDP Network.loadingFinished
 * encodedDataLength of every script response (compressed body + response headers: what the network
 * carried) and, beside it, the compressed bodies alone; signed out and signed in.
 *
 *   node --import tsx scripts/measure-js.ts [--base http://localhost:3000] [--slug <workflow>] [--list]
 *
 * Against `npm start` (the demo shop on PGlite); signs in as the demo shopper an@usitech.local.
 */
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { chromiumPath } from '../playwright.config';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const base = arg('--base') ?? 'http://localhost:3000';
const list = process.argv.includes('--list');

async function scriptBytes(context: BrowserContext, path: string) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const scripts = new Map<string, string>();
  const sizes: { url: string; bytes: number; body: number }[] = [];
  const bodies = new Map<string, Promise<number>>();
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script')
      bodies.set(
        r.url(),
        r
          .request()
          .sizes()
          .then((s) => s.responseBodySize),
      );
  });
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script') scripts.set(e.requestId, e.response.url);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const url = scripts.get(e.requestId);
    if (url) sizes.push({ url, bytes: e.encodedDataLength, body: 0 });
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  for (const s of sizes) s.body = (await bodies.get(s.url)) ?? 0;
  await page.close();
  return sizes;
}

async function signIn(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill('an@usitech.local');
  await page.getByLabel('Password').fill('ShopperDemo#2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.close();
  return context;
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  let slug = arg('--slug');
  if (!slug) {
    const probe = await browser.newPage();
    await probe.goto(`${base}/workflows`);
    const href = await probe.locator('article a[href^="/workflows/"]').first().getAttribute('href');
    slug = href!.split('/').pop()!;
    await probe.close();
  }
  const pages = ['/', '/workflows', '/workflows?q=email', `/workflows/${slug}`];
  const anon = await browser.newContext();
  const signed = await signIn(browser);
  console.log(`base ${base}, workflow ${slug}; compressed script bytes (kB = 1000 B)`);
  for (const [label, context] of [
    ['signed out', anon],
    ['signed in', signed],
  ] as const) {
    for (const path of pages) {
      const sizes = await scriptBytes(context, path);
      const total = sizes.reduce((s, x) => s + x.bytes, 0);
      const body = sizes.reduce((s, x) => s + x.body, 0);
      console.log(
        `${label.padEnd(10)} ${path.padEnd(52)} ${(total / 1000).toFixed(1).padStart(6)} kB on the wire, ${(body / 1000).toFixed(1).padStart(6)} kB bodies (${sizes.length} scripts)`,
      );
      if (list)
        for (const s of sizes.sort((a, b) => b.bytes - a.bytes))
          console.log(`    ${(s.bytes / 1000).toFixed(1).padStart(6)} kB ${s.url.replace(base, '')}`);
    }
  }
} finally {
  await browser.close();
}
