import type { Page } from '@playwright/test';
import { expect, newTestUser, test } from './fixtures';
import { holdScripts } from './support/hold-scripts';

/**
 * On a slow phone the server's HTML is on screen seconds before the scripts run: what a shopper types in
 * that time must still be there, and be sent, once the page has hydrated. Each test holds the page's
 * scripts until the fields are filled (support/hold-scripts.ts), then lets them run.
 */

/** Lets the held scripts run and waits until React has attached its props to the form's fields. */
async function hydrate(page: Page, release: () => void) {
  release();
  await page.waitForFunction(() => {
    const input = document.querySelector('main form input:not([type=hidden])');
    return input !== null && Object.keys(input).some((key) => key.startsWith('__reactProps'));
  });
}

test('a registration typed before hydration keeps its words and creates the account', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('/register', { waitUntil: 'domcontentloaded' });
  const user = newTestUser();
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await hydrate(page, release);
  await expect(page.getByLabel('Name')).toHaveValue(user.name);
  await expect(page.getByLabel('Email')).toHaveValue(user.email);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText(user.name);
});
