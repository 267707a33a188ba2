/**
 * The account area in Vietnamese (issue 14): navigation, purchases with their status, library, favorites and
 * notifications speak Vietnamese under /vi, with dates and amounts in Vietnamese formats; English unchanged.
 */
import { expect, registerUser, test } from './fixtures';
import { buy } from './support/buy';

// A workflow with a Vietnamese version (db/seed/content-vi.ts).
const SLUG = 'monthly-invoice-reminders-from-google-sheets-via-gmail';
const TITLE_VI = 'Tự động gửi email nhắc thanh toán hóa đơn quá hạn từ Google Sheets';
const TITLE_EN = 'Monthly invoice reminders from Google Sheets via Gmail';

test('a shopper reads the account pages in Vietnamese', async ({ page }) => {
  await registerUser(page);
  await buy(page, SLUG);

  await page.goto('/vi/account/purchases');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page).toHaveTitle(/^Giao dịch mua của bạn · /);
  await expect(page.getByRole('heading', { level: 1, name: 'Giao dịch mua của bạn' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Tài khoản' });
  for (const name of ['Giao dịch mua', 'Thư viện', 'Yêu thích', 'Thông báo', 'Cài đặt']) {
    await expect(nav.getByRole('link', { name })).toBeVisible();
  }
  const purchase = page.getByRole('listitem').filter({ hasText: 'Chờ thanh toán' });
  // The workflow's title in the reader's language.
  await expect(purchase.getByRole('link', { name: TITLE_VI })).toBeVisible();
  await expect(purchase).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} · [\d.]+\s₫/);
  await expect(purchase).toContainText(/Thanh toán trước \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\./);
  await purchase.getByRole('link', { name: 'Tiếp tục thanh toán' }).click();
  await expect(page).toHaveURL(/\/vi\/checkout\/[0-9a-f-]{36}$/);

  await page.goto('/vi/account/library');
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện của bạn' })).toBeVisible();
  await expect(page.getByText('Thư viện của bạn đang trống.')).toBeVisible();

  await page.goto('/vi/account/favorites');
  await expect(page.getByRole('heading', { level: 1, name: 'Yêu thích' })).toBeVisible();
  await expect(page.getByText('0 quy trình đã lưu, mới nhất trước.')).toBeVisible();

  await page.goto('/vi/account/notifications');
  await expect(page.getByRole('heading', { level: 1, name: 'Thông báo' })).toBeVisible();

  await page.goto('/vi/account/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Cài đặt' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Hồ sơ' }).getByLabel('Họ tên')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Đổi mật khẩu' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Đăng xuất khỏi mọi thiết bị' })).toBeVisible();

  // English stays English.
  await page.goto('/account/purchases');
  await expect(page.getByRole('heading', { level: 1, name: 'Your purchases' })).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Pending' }).getByRole('link', { name: TITLE_EN }),
  ).toBeVisible();
});

test('the header’s notification menu speaks the page’s language and links within it', async ({ page }) => {
  await registerUser(page);
  await page.goto('/vi/workflows');
  const header = page.getByRole('banner');
  const link = header.getByRole('link', { name: /^Thông báo/ });
  await expect(link).toHaveAttribute('href', '/vi/account/notifications');
  await header.getByRole('button', { name: 'Xem thông báo mới nhất' }).click();
  const panel = page.getByRole('region', { name: 'Thông báo mới nhất' });
  await expect(panel.getByRole('link', { name: 'Xem tất cả thông báo' })).toHaveAttribute(
    'href',
    '/vi/account/notifications',
  );
  // The account's section navigation keeps the language too.
  await link.click();
  await expect(page).toHaveURL(/\/vi\/account\/notifications$/);
  const nav = page.getByRole('navigation', { name: 'Tài khoản' });
  await expect(nav.getByRole('link', { name: 'Thông báo' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Cài đặt' })).toHaveAttribute('href', '/vi/account/settings');

  await page.goto('/workflows');
  await expect(header.getByRole('link', { name: /^Notifications/ })).toHaveAttribute('href', '/account/notifications');
});
