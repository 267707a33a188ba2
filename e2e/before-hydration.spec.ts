import type { Page } from '@playwright/test';
import { expect, newTestUser, test } from './fixtures';

/**
 * On a slow phone the server's HTML is on screen seconds before the scripts run: what a shopper types in
 * that time must still be there, and be sent, once the page has hydrated. Each test holds the page's
 * scripts until the fields are filled, then lets them run.
 */
async function holdScripts(page: Page): Promise<() => Promise<void>> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  return async () => {
    release();
    // Hydrated: React has attached its props to the form's fields.
    await page.waitForFunction(() => {
      const input = document.querySelector('main form input:not([type=hidden])');
      return input !== null && Object.keys(input).some((key) => key.startsWith('__reactProps'));
    });
  };
}

test('a registration typed before hydration keeps its words and creates the account', async ({ page }) => {
  const hydrate = await holdScripts(page);
  await page.goto('/register', { waitUntil: 'domcontentloaded' });
  const user = newTestUser();
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await hydrate();
  await expect(page.getByLabel('Name')).toHaveValue(user.name);
  await expect(page.getByLabel('Email')).toHaveValue(user.email);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText(user.name);
});
