import type { APIRequestContext, Page } from '@playwright/test';
import { createWorkflow, deleteWorkflow } from './support/admin-workflows';
import { DEMO, expect, registerUser, signIn, test } from './fixtures';

/**
 * Issue 13 item 11: every og:image of the home page, a category and a workflow is a 1200×630 PNG (what
 * Facebook, Zalo, LinkedIn and X show), in both page variants, and X is told to show it large.
 * Issue 14: a Vietnamese page (/vi/…) names its own card, drawn in Vietnamese (lib/og/card-text.ts).
 */

/** The width and height in a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex'), 'the PNG signature').toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

type OgImage = { url: string; alt: string; bytes: Buffer };

async function ogImageOf(page: Page, path: string, request: APIRequestContext): Promise<Buffer> {
  return (await ogImageWithUrl(page, path, request)).bytes;
}

/** The page's og:image: its URL, alt text and the PNG it answers with. */
async function ogImageWithUrl(page: Page, path: string, request: APIRequestContext): Promise<OgImage> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const images = page.locator('meta[property="og:image"]');
  await expect(images, `${path}: one og:image`).toHaveCount(1);
  const url = (await images.getAttribute('content'))!;
  expect(url, path).toMatch(/^http:\/\/localhost:\d+\//);
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
  const image = await request.get(url);
  expect(image.status(), url).toBe(200);
  expect(image.headers()['content-type'], url).toBe('image/png');
  const bytes = await image.body();
  expect(pngSize(bytes), url).toEqual({ width: 1200, height: 630 });
  const alt = (await page.locator('meta[property="og:image:alt"]').getAttribute('content')) ?? '';
  return { url, alt, bytes };
}

/** A catalog's first category and first workflow (their English paths). */
async function firstCategoryAndWorkflow(page: Page): Promise<{ category: string; workflow: string }> {
  await page.goto('/');
  const category = (await page
    .getByRole('region', { name: 'Categories' })
    .getByRole('link')
    .first()
    .getAttribute('href'))!;
  await page.goto('/workflows');
  const workflow = (await page
    .getByRole('main')
    .getByRole('article')
    .first()
    .getByRole('link')
    .first()
    .getAttribute('href'))!;
  return { category, workflow };
}

test('home, a category and a workflow have a PNG og:image of 1200×630, for visitors and shoppers', async ({
  page,
  browser,
}) => {
  const { category, workflow } = await firstCategoryAndWorkflow(page);

  const shopperContext = await browser.newContext();
  const shopper = await shopperContext.newPage();
  await registerUser(shopper);
  for (const path of ['/', category, workflow]) {
    await ogImageOf(page, path, page.request);
    await ogImageOf(shopper, path, shopper.request);
  }
  await shopperContext.close();
});

test('a Vietnamese page names its own Vietnamese og:image, for visitors and shoppers', async ({ page, browser }) => {
  const { category, workflow } = await firstCategoryAndWorkflow(page);
  const shopperContext = await browser.newContext();
  const shopper = await shopperContext.newPage();
  await registerUser(shopper);
  for (const path of ['/', '/workflows', category, workflow]) {
    const english = await ogImageWithUrl(page, path, page.request);
    const vietnamesePath = path === '/' ? '/vi' : `/vi${path}`;
    const vietnamese = await ogImageWithUrl(page, vietnamesePath, page.request);
    expect(new URL(vietnamese.url).pathname, vietnamesePath).toMatch(/^\/og\/vi\//);
    expect(vietnamese.url, vietnamesePath).not.toBe(english.url);
    expect(vietnamese.bytes.equals(english.bytes), `${vietnamesePath}: another picture than ${path}'s`).toBe(false);
    expect(vietnamese.alt, vietnamesePath).not.toBe(english.alt);
    // The signed-in variant names the same card.
    expect((await ogImageWithUrl(shopper, vietnamesePath, shopper.request)).url).toBe(vietnamese.url);
  }
  // The words are Vietnamese: the fixed ones (messages/vi/og.json) and the workflow's own title.
  expect((await ogImageWithUrl(page, '/vi', page.request)).alt).toBe(
    'Mẫu quy trình n8n: Quy trình tự động hóa, nhập vào là chạy.',
  );
  const card = await ogImageWithUrl(page, `/vi${workflow}`, page.request);
  const heading = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  expect(card.alt).toBe(`Quy trình n8n: ${heading}`);
  // English keeps its card at its own URL; no second URL answers for it.
  expect((await page.request.get('/og/en/opengraph-image')).status()).toBe(404);
  await shopperContext.close();
});

test('a workflow’s og:image follows a change of its title', async ({ page, browser }) => {
  const title = `Social card ${Date.now()}`;
  await signIn(page, DEMO.admin, '/admin');
  await createWorkflow(page, title);
  const editUrl = page.url();
  const path = (await page.getByRole('link', { name: 'View in the shop' }).getAttribute('href'))!;
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  const before = await ogImageOf(visitor, path, visitor.request);
  // Served again from the cache: the same picture.
  expect((await ogImageOf(visitor, path, visitor.request)).equals(before)).toBe(true);
  // The Vietnamese card (the English title, as the workflow has no Vietnamese one) is cached alike.
  const beforeVi = await ogImageOf(visitor, `/vi${path}`, visitor.request);
  expect((await ogImageOf(visitor, `/vi${path}`, visitor.request)).equals(beforeVi)).toBe(true);

  await page.goto(editUrl);
  await page.getByLabel('Title').first().fill(`${title} renamed with a much longer title`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved.')).toBeVisible();

  const after = await ogImageOf(visitor, path, visitor.request);
  expect(after.equals(before), 'a new picture after the title changed').toBe(false);
  // The same write expires the card of every language.
  const afterVi = await ogImageOf(visitor, `/vi${path}`, visitor.request);
  expect(afterVi.equals(beforeVi), 'a new Vietnamese picture after the title changed').toBe(false);
  await visitorContext.close();
  await page.goto(editUrl);
  await deleteWorkflow(page, `${title} renamed with a much longer title`);
});
