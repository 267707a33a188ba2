/**
 * The workflow page's reviews in Vietnamese (issue 14): the summary, the sort links, the list, the form,
 * its validation messages and "Delete review" read Vietnamese under /vi; English unchanged.
 */
import { giveActivePurchase } from './engage-db';
import { expect, hasDirectDb, registerUser, test } from './fixtures';

// Two visible reviews in the demo shop (db/seed/demo-engagement.ts).
const SLUG = 'escalate-negative-feedback-from-typeform-to-zendesk';

test('a visitor and a buyer read the reviews in Vietnamese', async ({ page }) => {
  await page.goto(`/vi/workflows/${SLUG}`);
  const reviews = page.locator('#reviews');
  await expect(reviews.getByRole('heading', { level: 2, name: 'Đánh giá' })).toBeVisible();
  await expect(reviews.getByText('trên 5', { exact: true })).toBeVisible();
  await expect(reviews.getByTestId('review-count')).toHaveText(/^\d+ đánh giá$/);
  await expect(reviews.getByRole('list', { name: 'Phân bố điểm đánh giá' })).toContainText('5 sao');
  const sort = reviews.getByRole('navigation', { name: 'Sắp xếp đánh giá' });
  for (const name of ['Mới nhất', 'Điểm cao nhất', 'Điểm thấp nhất']) {
    await expect(sort.getByRole('link', { name })).toBeVisible();
  }
  await expect(reviews.getByRole('list', { name: 'Đánh giá' }).getByText('Đã mua hàng').first()).toBeVisible();
  await expect(reviews.getByText('Đăng nhập để viết đánh giá.')).toBeVisible();
  await expect(reviews.getByRole('img', { name: /^\d+(,\d)? trên 5 sao$/ }).first()).toBeVisible();
  // The average in the reader's number format: "4,5", not "4.5".
  await expect(reviews.getByTestId('rating-average')).toHaveText(/^\d,\d$/);

  // A buyer (a new shopper given the purchase in the database): the form in Vietnamese, and its refusal
  // (no rating, too short) next to the fields.
  if (!hasDirectDb) return;
  const user = await registerUser(page);
  await giveActivePurchase(user.email, SLUG);
  await page.goto(`/vi/workflows/${SLUG}`);
  await expect(reviews.getByRole('heading', { name: 'Viết đánh giá' })).toBeVisible();
  await expect(reviews.getByRole('radiogroup', { name: 'Điểm đánh giá' })).toBeVisible();
  await expect(
    reviews.getByText(/^Điều gì hiệu quả, điều gì cần chỉnh sửa\? Từ \d+ đến [\d.]+ ký tự\.$/),
  ).toBeVisible();
  await reviews.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(reviews.getByRole('textbox', { name: 'Nội dung đánh giá' })).toHaveAttribute('aria-invalid', 'true');

  await page.goto(`/workflows/${SLUG}`);
  await expect(reviews.getByRole('heading', { level: 2, name: 'Reviews' })).toBeVisible();
  await expect(reviews.getByRole('button', { name: 'Post review' })).toBeVisible();
});
