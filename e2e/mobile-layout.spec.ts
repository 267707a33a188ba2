import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, registerUser, test } from './fixtures';

/**
 * Issue 13 items 9 and 10 at a phone's size (390×844), with JavaScript on and off: the home hero's
 * search, the one-row header with its menu, the catalog's folded filters and the workflow page's buy bar.
 */

const PHONE = { width: 390, height: 844 };

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  expect(b, 'a box on the page').not.toBeNull();
  return b!;
}

/** The path of the first workflow the catalog lists. */
async function firstWorkflowPath(page: Page): Promise<string> {
  await page.goto('/workflows');
  const href = await page.getByRole('main').getByRole('article').first().getByRole('link').first().getAttribute('href');
  return href!;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`at 390×844 with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ viewport: PHONE, javaScriptEnabled });

    test('the hero search is a white field with its button inside the card', async ({ page }) => {
      await page.goto('/');
      const card = page.getByRole('region', { name: 'Automation workflows that import and run.' });
      const field = card.getByRole('searchbox', { name: 'Search the catalog' });
      const button = card.getByRole('button', { name: 'Search' });
      await expect(field).toBeVisible();
      await expect(field).toHaveCSS('background-color', 'rgb(255, 255, 255)');
      await expect(field).toHaveCSS('color', 'rgb(15, 23, 42)');
      const [c, b, f] = [await box(card), await box(button), await box(field)];
      for (const inner of [b, f]) {
        expect(inner.x).toBeGreaterThanOrEqual(c.x);
        expect(inner.x + inner.width).toBeLessThanOrEqual(c.x + c.width);
        expect(inner.y + inner.height).toBeLessThanOrEqual(c.y + c.height);
      }
      if (javaScriptEnabled) await expectNoAxeViolations(card);
      await field.fill('invoice');
      await button.click();
      await expect(page).toHaveURL(/\/workflows\?q=invoice/);
    });

    test('the header is one row; its links open from a Menu disclosure', async ({ page }) => {
      await page.goto('/');
      const header = page.getByRole('banner');
      const menu = header.locator('summary', { hasText: 'Menu' });
      const search = header.getByRole('combobox', { name: 'Search workflows' });
      const home = header.getByRole('link').first();
      await expect(menu).toBeVisible();
      await expect(search).toBeVisible();
      const row = [await box(home), await box(search), await box(menu)];
      const middle = (b: { y: number; height: number }) => b.y + b.height / 2;
      for (const b of row) expect(Math.abs(middle(b) - middle(row[0]!))).toBeLessThan(8);
      expect((await box(header)).height).toBeLessThan(80);
      const nav = page.getByRole('navigation', { name: 'Main' });
      await expect(nav.getByRole('link', { name: 'Sign in' })).toBeHidden();
      await menu.click();
      await expect(nav.getByRole('link', { name: 'Sign in' })).toBeVisible();
      await nav.getByRole('link', { name: 'Workflows' }).click();
      await expect(page).toHaveURL(/\/workflows$/);
    });

    test('the catalog folds its filters behind "Filters" and the first result starts on the first screen', async ({
      page,
    }) => {
      await page.goto('/workflows');
      const first = page.getByRole('main').getByRole('article').first();
      await expect(first).toBeVisible();
      expect((await box(first)).y).toBeLessThan(PHONE.height - 100);
      const apply = page.getByRole('button', { name: 'Apply filters' });
      await expect(apply).toBeHidden();
      await page.getByRole('complementary', { name: 'Filters' }).locator('summary', { hasText: 'Filters' }).click();
      await expect(apply).toBeVisible();
      await page.getByLabel('Sort by').selectOption({ label: 'Price: low to high' });
      // With JavaScript a change applies itself (LiveSearchForm); without it the button posts the form.
      if (!javaScriptEnabled) await apply.click();
      await expect(page).toHaveURL(/sort=price-asc/);
    });

    test('the workflow page shows the price and Buy now under the title, for visitors and shoppers', async ({
      page,
      browser,
    }) => {
      const path = await firstWorkflowPath(page);
      // A visitor: the cached anonymous page.
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const bar = page.getByRole('region', { name: 'Buy' });
      await expect(bar).toBeVisible();
      const price = (await page.getByTestId('workflow-price').textContent())!.trim();
      await expect(bar).toContainText(price);
      expect((await box(bar)).y + (await box(bar)).height).toBeLessThan(PHONE.height);
      await expect(bar.getByRole('button', { name: 'Buy now' })).toBeVisible();

      // A signed-in shopper: the personal page; Buy now in the bar opens the checkout.
      const shopperContext = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
      const shopper = await shopperContext.newPage();
      // Registered on a wide screen (registerUser checks the header's Sign out button), then a phone.
      await registerUser(shopper);
      await shopper.setViewportSize(PHONE);
      await shopper.goto(path);
      const shopperBar = shopper.getByRole('region', { name: 'Buy' });
      await expect(shopperBar).toContainText(price);
      expect((await box(shopperBar)).y).toBeLessThan(PHONE.height);
      await shopperBar.getByRole('button', { name: 'Buy now' }).click();
      await expect(shopper).toHaveURL(/\/checkout\//);
      await shopper.goto(path);
      await expect(
        shopper.getByRole('region', { name: 'Buy' }).getByRole('link', { name: 'Continue payment' }),
      ).toBeVisible();
      await shopperContext.close();
    });
  });
}

test('on a wide screen the filters stand open, the header shows its links and the buy bar is not there', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/workflows');
  await expect(page.getByRole('button', { name: 'Apply filters' })).toBeVisible();
  await expect(page.locator('summary', { hasText: /^Filters$/ })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('banner').locator('summary', { hasText: 'Menu' })).toBeHidden();
  const path = await firstWorkflowPath(page);
  await page.goto(path);
  await expect(page.getByRole('region', { name: 'Purchase' }).getByRole('button', { name: 'Buy now' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Buy' })).toBeHidden();
});
