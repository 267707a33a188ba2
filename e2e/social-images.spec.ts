import type { APIRequestContext, Page } from '@playwright/test';
import { createWorkflow, deleteWorkflow } from './support/admin-workflows';
import { DEMO, expect, registerUser, signIn, test } from './fixtures';

/**
 * Issue 13 item 11: every og:image of the home page, a category and a workflow is a 1200×630 PNG (what
 * Facebook, Zalo, LinkedIn and X show), in both page variants, and X is told to show it large.
 */

/** The width and height in a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex'), 'the PNG signature').toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function ogImageOf(page: Page, path: string, request: APIRequestContext): Promise<Buffer> {
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
  return bytes;
}

test('home, a category and a workflow have a PNG og:image of 1200×630, for visitors and shoppers', async ({
  page,
  browser,
}) => {
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

  const shopperContext = await browser.newContext();
  const shopper = await shopperContext.newPage();
  await registerUser(shopper);
  for (const path of ['/', category, workflow]) {
    await ogImageOf(page, path, page.request);
    await ogImageOf(shopper, path, shopper.request);
  }
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

  await page.goto(editUrl);
  await page.getByLabel('Title').first().fill(`${title} renamed with a much longer title`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved.')).toBeVisible();

  const after = await ogImageOf(visitor, path, visitor.request);
  expect(after.equals(before), 'a new picture after the title changed').toBe(false);
  await visitorContext.close();
  await page.goto(editUrl);
  await deleteWorkflow(page, `${title} renamed with a much longer title`);
});
