import type { Page } from '@playwright/test';
import { seedWorkflows, slugify } from '../db/seed/content';
import { EXPIRED_SLUGS } from '../db/seed/demo-catalog';
import { buy } from './support/buy';
import { DEMO, expect, registerUser, signIn, test } from './fixtures';

// Issue 13: destructive actions ask first (a <dialog>; without JavaScript the server asks), and a purchase
// the buyer cancelled reads "Cancelled", not "Rejected".

const forSale = seedWorkflows.map((w) => slugify(w.title)).filter((slug) => !EXPIRED_SLUGS.includes(slug));
const status = (page: Page) => page.getByRole('status').filter({ hasText: /Pending|Paid|Rejected|Cancelled/ });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('"Cancel purchase" asks on a page of its own; only "Yes" cancels, and the purchase reads Cancelled', async ({
    page,
  }) => {
    await registerUser(page);
    const { reference } = await buy(page, forSale.at(-3)!);
    await page.getByRole('button', { name: 'Cancel purchase' }).click();
    await expect(page.locator('main').getByRole('alert')).toContainText('Cancel this purchase?');
    await expect(status(page)).toContainText('Pending');

    await page.getByRole('button', { name: 'Yes, cancel purchase' }).click();
    await expect(status(page)).toContainText('Cancelled');
    await expect(status(page)).not.toContainText('Rejected');

    await page.goto('/account/purchases');
    const item = page.getByRole('listitem').filter({ hasText: reference });
    await expect(item).toContainText('Cancelled');
    await expect(item).not.toContainText('Rejected');
  });

  test('"Disable account" changes nothing until the admin confirms', async ({ page, browser }) => {
    const shopperPage = await (await browser.newContext()).newPage();
    const shopper = await registerUser(shopperPage);
    await signIn(page, DEMO.admin, `/admin/users?q=${encodeURIComponent(shopper.email)}`);
    await page.getByRole('link', { name: shopper.name }).click();
    await page.getByRole('button', { name: 'Disable account', exact: true }).click();
    await expect(page.locator('main').getByRole('alert')).toContainText(`Disable ${shopper.email}?`);
    await page.goto(page.url());
    await expect(page.getByRole('button', { name: 'Disable account', exact: true })).toBeVisible();
    await expect(page.getByText('Active', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Disable account', exact: true }).click();
    await page.getByRole('button', { name: 'Yes, disable account' }).click();
    await expect(page.getByText('Account disabled.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Re-enable account' })).toBeVisible();
  });

  test('an announcement to all users asks first; Enter in a field sends nothing', async ({ page, browser }) => {
    const reader = await (await browser.newContext()).newPage();
    await registerUser(reader);
    await signIn(page, DEMO.admin, '/admin/announcements');
    await page.getByLabel('All users').check();
    await page.getByLabel('Message').fill('Prices change on Monday for every workflow.');
    await page.getByLabel('Title').fill('Price change (no-JS)');
    await page.getByLabel('Title').press('Enter');
    await expect(page.locator('main').getByRole('alert')).toContainText('Send this announcement to every user?');

    await reader.goto('/account/notifications');
    await expect(reader.getByRole('article', { name: 'Price change (no-JS)' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Yes, send to all users' }).click();
    await expect(page.locator('main form')).toContainText(/Announcement sent to [\d,]+ users\./);
    await reader.reload();
    await expect(reader.getByRole('article', { name: 'Price change (no-JS)' })).toBeVisible();
  });
});

test('an announcement to all users asks in a dialog; "Go back" sends nothing', async ({ page, browser }) => {
  const reader = await (await browser.newContext()).newPage();
  await registerUser(reader);
  await signIn(page, DEMO.admin, '/admin/announcements');
  await page.getByLabel('All users').check();
  await page.getByLabel('Title').fill('Price change');
  await page.getByLabel('Message').fill('Prices change on Monday for every workflow.');
  await page.getByRole('button', { name: 'Send announcement' }).click();
  const ask = page.getByRole('dialog', { name: 'Send this announcement to every user? It cannot be taken back.' });
  await ask.getByRole('button', { name: 'Go back' }).click();
  await expect(ask).toBeHidden();
  // A stray Enter only asks again.
  await page.getByLabel('Title').press('Enter');
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Go back' }).click();

  await reader.goto('/account/notifications');
  await expect(reader.getByRole('article', { name: 'Price change' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Send announcement' }).click();
  await ask.getByRole('button', { name: 'Yes, send to all users' }).click();
  await expect(page.locator('main form')).toContainText(/Announcement sent to [\d,]+ users\./);
  await reader.reload();
  await expect(reader.getByRole('article', { name: 'Price change' })).toBeVisible();
});
