import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });

type ProductLd = { '@type': string; name: string; offers: { price: string; priceCurrency: string } };

/** Header search → a category → sort by price → page 2 → the first workflow → its JSON-LD. */
async function journey(page: Page, js: boolean) {
  await page.goto('/');
  const search = page.getByRole('combobox', { name: 'Search workflows' });
  await search.fill('n8n');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/workflows\?q=n8n$/);
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toContainText('for “n8n”');

  const filters = page.getByRole('complementary', { name: 'Filters' });
  await filters.getByRole('checkbox', { name: /^AI Agents/ }).check();
  if (!js) await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/category=ai-agents/);
  await expect(status).toHaveText('20 workflows for “n8n”');

  await filters.getByLabel('Sort by').selectOption({ label: 'Price: low to high' });
  if (!js) await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/sort=price-asc/);
  const prices = async () =>
    (await page.getByTestId('card-price').allTextContents()).map((t) => Number(t.replace(/\D/g, '')));
  await expect
    .poll(async () => {
      const p = await prices();
      return p.length > 0 && p.every((v, i) => i === 0 || p[i - 1]! <= v);
    })
    .toBe(true);
  const lastOnFirstPage = (await prices()).at(-1)!;

  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Next' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('Page 2 of 2');
  const cards = page.getByRole('main').getByRole('article');
  await expect(cards).toHaveCount(8);
  expect((await prices())[0]).toBeGreaterThanOrEqual(lastOnFirstPage);

  const first = cards.first();
  const title = (await first.getByRole('heading').textContent())!.trim();
  const cardPrice = (await first.getByTestId('card-price').textContent())!.trim();
  await first.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as ProductLd;
  expect(ld['@type']).toBe('Product');
  expect(ld.name).toBe(title);
  expect(ld.offers.priceCurrency).toBe('VND');
  expect(ld.offers.price).toMatch(/^\d+\.\d{2}$/);
  expect(vnd.format(Number(ld.offers.price))).toBe(cardPrice);
  await expect(page.getByRole('region', { name: 'Purchase' })).toContainText(cardPrice);
  await expect(page.getByRole('heading', { name: 'Will it run on my n8n?' })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Canvas of/ })).toBeVisible();
}

test('search → category → sort by price → next page → workflow with JSON-LD naming its price', async ({ page }) => {
  await journey(page, true);
});

/**
 * The Apps facet counts the matches per app (issue 13 item 17): the number beside Gmail is how many
 * workflows choosing Gmail lists, and it stays while Gmail is chosen.
 */
async function appFacetJourney(page: Page, js: boolean) {
  const filters = page.getByRole('complementary', { name: 'Filters' });
  const status = page.getByRole('main').getByRole('status');
  const gmail = filters.getByRole('checkbox', { name: /^Gmail \(\d+\)$/ });
  const countOf = async () =>
    Number((await gmail.evaluate((el) => el.closest('label')!.textContent)).match(/\((\d+)\)/)![1]);

  await page.goto('/workflows');
  const all = await countOf();
  await page.goto('/workflows?q=invoice');
  await expect(status).toContainText('for “invoice”');
  const total = Number((await status.innerText()).match(/^(\d+)/)![1]);
  const matching = await countOf();
  expect(matching).toBeGreaterThan(0);
  expect(matching).toBeLessThan(total);
  expect(matching).toBeLessThan(all);

  await gmail.check();
  if (!js) await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/app=Gmail/);
  await expect(status).toHaveText(`${matching} workflows for “invoice”`);
  expect(await countOf()).toBe(matching);
}

test('the Apps facet counts the matches per app', async ({ page }) => {
  await appFacetJourney(page, true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the Apps facet counts the matches per app', async ({ page }) => {
    await appFacetJourney(page, false);
  });

  test('the same journey works with plain GET forms and links', async ({ page }) => {
    await journey(page, false);
  });
});

test('an unknown workflow is a 404', async ({ page }) => {
  const response = await page.goto('/workflows/no-such-workflow');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Workflow not found' })).toBeVisible();
  expect((await page.request.get('/categories/no-such-category')).status()).toBe(404);
});

test('an expired workflow says it is no longer available and is not listed', async ({ page }) => {
  await page.goto('/workflows/add-new-shopify-customers-to-a-mailchimp-audience');
  await expect(page.getByRole('region', { name: 'Purchase' })).toContainText('No longer available');
  await page.goto('/workflows?q=mailchimp+audience');
  await expect(page.getByRole('link', { name: 'Add new Shopify customers to a Mailchimp audience' })).toHaveCount(0);
});

test('typing in the catalog updates the results without a reload, and a typo still finds workflows', async ({
  page,
}) => {
  await page.goto('/workflows');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.getByRole('searchbox', { name: 'Keywords' }).fill('shopfy');
  await expect(page).toHaveURL(/q=shopfy/);
  await expect(page.getByRole('main').getByRole('status')).toContainText('similar to “shopfy”');
  await expect(page.getByRole('main').getByRole('article').first()).toContainText(/Shopify/i);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});

test('sitemap and robots list the public pages', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/categories/ai-agents</loc>');
  expect(sitemap).not.toContain('/workflows/add-new-shopify-customers-to-a-mailchimp-audience<');
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:');
});
