import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { EXPIRED_SLUGS } from '../db/seed/demo-catalog';
import { seedWorkflows, slugify } from '../db/seed/content';
import { REFERENCE_PATTERN } from '../lib/payments/reference';
import { newTestUser, test } from './fixtures';

/** The forms of sign-in, registration, contact and checkout under /vi: Vietnamese words, errors and amounts. */

const forSale = seedWorkflows.map((w) => slugify(w.title)).filter((slug) => !EXPIRED_SLUGS.includes(slug));

/** The value beside a term of a definition list ("Giá", "Nội dung chuyển khoản", …). */
const beside = (page: Page, term: string) =>
  page.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]').first();

async function postBadRegistration(page: Page) {
  await page.goto('/vi/register');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1, name: 'Tạo tài khoản' })).toBeVisible();
  await page.getByLabel('Họ tên').fill('A');
  await page.getByLabel('Email').fill('khong-phai-email');
  await page.getByLabel('Mật khẩu').fill('ngan');
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(page.locator('#register-name-error')).toHaveText('Nhập ít nhất 2 ký tự.');
  await expect(page.locator('#register-email-error')).toHaveText('Nhập một địa chỉ email hợp lệ.');
  await expect(page.locator('#register-password-error')).toHaveText('Mật khẩu cần ít nhất 10 ký tự.');
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  // The form's links stay in Vietnamese.
  await expect(page.locator('form').getByRole('link', { name: 'Đăng nhập' })).toHaveAttribute('href', /^\/vi\/login\?/);
}

test('registering with bad input in Vietnamese: the errors are Vietnamese, next to the fields (JavaScript on)', async ({
  page,
}) => {
  await postBadRegistration(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the server answers a bad registration in Vietnamese, next to the fields', async ({ page }) => {
    await postBadRegistration(page);
    await expect(page.locator('form').getByRole('alert')).toHaveText('Vui lòng sửa các ô được đánh dấu.');
    await expect(page.getByLabel('Họ tên')).toHaveValue('A');
  });
});

test('a Vietnamese shopper registers, signs in and pays at a Vietnamese checkout in ₫', async ({ page }) => {
  const user = newTestUser({ name: 'Nguyễn Văn An' });
  await page.goto('/vi/register');
  await page.getByLabel('Họ tên').fill(user.name);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Mật khẩu').fill(user.password);
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  // Signed in, back on the Vietnamese home page.
  await expect(page.getByRole('button', { name: 'Đăng xuất', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/vi$/);

  await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
  // Signed out, still in Vietnamese.
  await expect(page.getByRole('link', { name: 'Đăng nhập' })).toBeVisible();
  await expect(page).toHaveURL(/\/vi$/);
  await page.goto('/vi/login');
  await expect(page.getByRole('link', { name: 'Quên mật khẩu?' })).toHaveAttribute('href', '/vi/forgot-password');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Mật khẩu').fill('mat khau sai roi');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.locator('form').getByRole('alert')).toHaveText('Email hoặc mật khẩu không đúng.');
  await page.getByLabel('Mật khẩu').fill(user.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất', exact: true })).toBeVisible();

  await page.goto(`/vi/workflows/${forSale.at(-1)}`);
  await page.getByRole('button', { name: /^(Buy now|Mua ngay)$/ }).click();
  await expect(page).toHaveURL(/\/vi\/checkout\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Thanh toán cho “.+”$/);
  await expect(page.getByRole('status').filter({ hasText: 'Chờ thanh toán' })).toContainText(
    'Đang chờ bạn chuyển khoản.',
  );
  // Amounts in the Vietnamese format (149.000 ₫), the transfer reference beside "Nội dung chuyển khoản".
  await expect(beside(page, 'Giá')).toHaveText(/^\d{1,3}(\.\d{3})+\s₫$/);
  const price = await beside(page, 'Giá').innerText();
  await expect(beside(page, 'Số tiền').locator('span').first()).toHaveText(price);
  const reference = await beside(page, 'Mã tham chiếu').innerText();
  expect(reference).toMatch(REFERENCE_PATTERN);
  await expect(beside(page, 'Nội dung chuyển khoản')).toContainText(reference);
  await expect(page.getByRole('heading', { name: 'Quét mã QR bằng ứng dụng ngân hàng để chuyển khoản' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Mã QR thanh toán' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sao chép nội dung chuyển khoản' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Cách thanh toán' })).toBeVisible();
  await expect(
    page.getByText(/^Vui lòng thanh toán trước \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(giờ Việt Nam\)/),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Đơn mua của bạn' })).toHaveAttribute('href', '/vi/account/purchases');
  await expect(page.getByRole('link', { name: 'Điều khoản dịch vụ' })).toHaveAttribute('href', '/vi/terms');
});

test('the contact form in Vietnamese: an error at the field, then sent', async ({ page }) => {
  await page.goto('/vi/contact');
  await expect(page.getByRole('heading', { level: 1, name: 'Liên hệ với chúng tôi' })).toBeVisible();
  await page.getByLabel('Họ tên').fill('Trần Thị Mai');
  await page.getByLabel('Email').fill('mai-tai-example');
  await page.getByLabel('Tiêu đề').fill(`Câu hỏi ${randomUUID().slice(0, 8)}`);
  await page.getByLabel('Nội dung').fill('Quy trình xuất đơn Shopify có chạy với hai cửa hàng cùng lúc không?');
  await page.getByRole('button', { name: 'Gửi tin nhắn' }).click();
  await expect(page.locator('#contact-email-error')).toHaveText('Nhập một địa chỉ email hợp lệ.');

  await page.getByLabel('Email').fill('mai@example.test');
  await page.getByRole('button', { name: 'Gửi tin nhắn' }).click();
  const sent = page.getByRole('status').filter({ hasText: 'Đã gửi tin nhắn' });
  await expect(sent).toContainText('Cảm ơn bạn! Tin nhắn của bạn đã được gửi.');
  await expect(sent.getByRole('link', { name: 'Quay lại cửa hàng' })).toHaveAttribute('href', '/vi');
});
