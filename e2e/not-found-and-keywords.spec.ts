import type { Page } from '@playwright/test';
import { DEMO, expect, signIn, test } from './fixtures';

/**
 * Issue 13, item 12: an unknown workflow or category, and /admin for a shopper, answer 404 with the
 * not-found page in the HTML itself, so a browser without JavaScript shows it too.
 * Item 7: the catalog's Keywords box searches by relevance unless the shopper picked another sort.
 */

const MISSING = [
  { path: '/workflows/no-such-thing', heading: 'Workflow not found' },
  { path: '/categories/no-such-thing', heading: 'Page not found' },
] as const;

async function expectNotFoundPage(page: Page, path: string, heading: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  // The page around it is the shop's (root layout), with its way on.
  await expect(page.getByRole('main').getByRole('link', { name: 'Browse workflows' })).toBeVisible();
}

for (const js of [true, false]) {
  test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: js });

    test('an unknown workflow or category shows the 404 page with status 404', async ({ page }) => {
      for (const { path, heading } of MISSING) await expectNotFoundPage(page, path, heading);
    });

    test('/admin for a signed-in shopper shows the 404 page with status 404', async ({ page }) => {
      await signIn(page, DEMO.shopper);
      for (const path of ['/admin', '/admin/purchases']) {
        await expectNotFoundPage(page, path, 'Page not found');
        await expect(page.getByRole('navigation', { name: /admin/i })).toHaveCount(0);
      }
    });

    test('a word in the Keywords box sorts by relevance, unless the shopper picked a sort', async ({ page }) => {
      await page.goto('/workflows');
      const filters = page.getByRole('complementary', { name: 'Filters' });
      const sort = filters.getByLabel('Sort by');
      await expect(sort.locator('option:checked')).toHaveText('Newest');

      const keywords = filters.getByRole('searchbox', { name: 'Keywords' });
      await keywords.fill('invoice');
      await keywords.press('Enter');
      await expect(page).toHaveURL(/[?&]q=invoice(&|$)/);
      expect(page.url()).not.toMatch(/sort=(newest|relevance)/);
      await expect(page.getByRole('main').getByRole('status')).toContainText('for “invoice”');
      await expect(sort.locator('option:checked')).toHaveText('Relevance');
      // Best match first: a workflow with the word in its title (sorted by newest, "Timesheet reminders via
      // Telegram" comes first). Which of the title matches leads depends on their sales, the tie-break.
      const firstCard = page.getByRole('main').getByRole('article').first();
      await expect(firstCard.getByRole('heading')).toHaveText(/\binvoice\b/i);

      // A sort the shopper picks is kept.
      await sort.selectOption({ label: 'Newest' });
      if (!js) await filters.getByRole('button', { name: 'Apply filters' }).click();
      await expect(page).toHaveURL(/sort=newest/);
      await expect(sort.locator('option:checked')).toHaveText('Newest');
      await expect(firstCard.getByRole('heading')).toHaveText('Timesheet reminders via Telegram');
    });
  });
}
