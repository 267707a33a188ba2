import type { Page } from '@playwright/test';
import { DEMO, expect, hasDirectDb, registerUser, signIn, test } from './fixtures';
import { directDb } from './direct-db';

const header = (page: Page) => page.getByRole('navigation', { name: 'Main' });
/** A notification's link goes through the route that marks it read, then to its target. */
const OPENS = /^\/api\/notifications\/[0-9a-f-]{36}\/open$/;

test('a new notification lights the header with 1 unread; marking it read brings it to 0', async ({ page }) => {
  test.skip(!hasDirectDb, 'inserts the notification an approval writes, straight into the e2e database');
  const user = await registerUser(page);
  const sql = directDb();
  try {
    // The row approvePurchase writes (checkout feature): SUCCESS, linking to the library.
    await sql`
      insert into notifications (user_id, type, title, message, link)
      select id, 'SUCCESS', 'Payment confirmed', 'Your purchase of “Invoice reminders” is now in your library.', '/account/library'
      from users where email = ${user.email}`;
  } finally {
    await sql.end();
  }
  await page.reload();
  await expect(header(page).getByRole('link', { name: /^Notifications/ })).toHaveAccessibleName(
    'Notifications1 unread',
  );

  await header(page).getByRole('button', { name: 'Show latest notifications' }).click();
  const latest = page.getByRole('region', { name: 'Latest notifications' });
  await expect(latest.getByRole('link', { name: /Payment confirmed/ })).toHaveAttribute('href', OPENS);
  await latest.getByRole('link', { name: 'View all notifications' }).click();

  await expect(page.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();
  const item = page.getByRole('article', { name: 'Payment confirmed' });
  await expect(item.getByRole('link', { name: 'Payment confirmed' })).toHaveAttribute('href', OPENS);
  await item.getByRole('button', { name: 'Mark as read' }).click();
  await expect(item.getByRole('button', { name: 'Mark as read' })).toHaveCount(0);
  await expect(header(page).getByRole('link', { name: /^Notifications/ })).toHaveAccessibleName('Notifications');

  await item.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('article', { name: 'Payment confirmed' })).toHaveCount(0);
  await expect(page.getByText('No notifications yet.')).toBeVisible();
});

test('an admin announcement reaches the user; "Mark all as read" clears the badge', async ({ page, browser }) => {
  const user = await registerUser(page);
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.admin, '/admin/announcements');
  await admin.getByLabel('One user').check();
  await admin.getByLabel('Recipient email').fill(user.email);
  await admin.getByLabel('Type').selectOption('WARNING');
  await admin.getByLabel('Title').fill('Maintenance tonight');
  await admin.getByLabel('Message').fill('The shop is read-only from 22:00 to 23:00.');
  await admin.getByRole('button', { name: 'Send announcement' }).click();
  await expect(admin.locator('main form')).toContainText('Announcement sent to 1 user.');
  await adminContext.close();

  await page.goto('/account/notifications');
  await expect(page.getByRole('article', { name: 'Maintenance tonight' })).toContainText('Warning');
  await expect(header(page).getByRole('link', { name: /^Notifications/ })).toHaveAccessibleName(
    'Notifications1 unread',
  );
  await page.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(header(page).getByRole('link', { name: /^Notifications/ })).toHaveAccessibleName('Notifications');
});

test('a shopper cannot open the announcements page', async ({ page }) => {
  await registerUser(page);
  const response = await page.goto('/admin/announcements');
  expect(response?.status()).toBe(404);
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    test('clicking a notification opens its link and marks it read', async ({ page, browser }) => {
      const user = await registerUser(page);
      const adminContext = await browser.newContext();
      const admin = await adminContext.newPage();
      await signIn(admin, DEMO.admin, '/admin/announcements');
      await admin.getByLabel('One user').check();
      await admin.getByLabel('Recipient email').fill(user.email);
      await admin.getByLabel('Title').fill('New workflows this week');
      await admin.getByLabel('Message').fill('Twelve new automations are in the catalog.');
      await admin.getByLabel('Link (optional)').fill('/workflows');
      await admin.getByRole('button', { name: 'Send announcement' }).click();
      await expect(admin.locator('main form')).toContainText('Announcement sent to 1 user.');
      await adminContext.close();

      await page.goto('/account/notifications');
      await expect(header(page).getByRole('link', { name: /^Notifications/ })).toHaveAccessibleName(
        'Notifications1 unread',
      );
      await page.getByRole('article', { name: 'New workflows this week' }).getByRole('link').click();
      await expect(page).toHaveURL(/\/workflows$/);
      await expect(header(page).getByRole('link', { name: /^Notifications/ })).toHaveAccessibleName('Notifications');
      await page.goto('/account/notifications');
      const item = page.getByRole('article', { name: 'New workflows this week' });
      await expect(item.getByRole('button', { name: 'Mark as read' })).toHaveCount(0);
    });
  });
}
