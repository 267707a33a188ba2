import { DEMO, expect, hasDirectDb, registerUser, signIn, test } from './fixtures';
import { directDb } from './direct-db';

/**
 * Issue 13 item 14: one way to write a date, in the shop's time zone (SHOP_TIME_ZONE, Asia/Ho_Chi_Minh in
 * the e2e build) everywhere: notifications, admin charts, CSV exports.
 */
const SHOP_ZONE = 'Asia/Ho_Chi_Minh';

test('a notification shows its time in the shop’s time zone, day first, 24-hour', async ({ page }) => {
  test.skip(!hasDirectDb, 'inserts a notification with a known time straight into the e2e database');
  const user = await registerUser(page);
  const sql = directDb();
  try {
    // 16:40 UTC is 23:40 in Ho Chi Minh City (UTC+7), the same day.
    await sql`
      insert into notifications (user_id, type, title, message, created_at)
      select id, 'SUCCESS', 'Late payment confirmed', 'Paid just before midnight.', '2026-11-27T16:40:00Z'
      from users where email = ${user.email}`;
  } finally {
    await sql.end();
  }
  await page.goto('/account/notifications');
  const item = page.getByRole('article', { name: 'Late payment confirmed' });
  await expect(item.locator('time')).toHaveText('27 Nov 2026, 23:40');
  await expect(item.locator('time')).toHaveAttribute('datetime', '2026-11-27T16:40:00.000Z');

  await page.getByRole('button', { name: 'Show latest notifications' }).click();
  await expect(page.getByRole('region', { name: 'Latest notifications' })).toContainText('27 Nov 2026, 23:40');
});

test('the admin sees report days as “28 Nov” and exports times with the shop’s offset', async ({ page }) => {
  await signIn(page, DEMO.admin, '/admin');
  const revenue = page.getByRole('figure', { name: 'Revenue per day' });
  await revenue.getByText('Show data').click();
  const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: SHOP_ZONE }).format(
    new Date(),
  );
  await expect(revenue.getByRole('row').last().getByRole('cell').first()).toHaveText(today);

  const answer = await page.request.get('/admin/purchases/export?status=all');
  expect(answer.status()).toBe(200);
  const [header, first] = (await answer.text()).replace(/^\uFEFF/, '').split('\r\n');
  const createdAt = first!.split(',')[header!.split(',').indexOf('Created at')];
  expect(createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
});
