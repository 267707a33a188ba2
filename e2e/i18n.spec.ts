import { expect, hasDirectDb, registerUser, test } from './fixtures';
import { directDb } from './direct-db';
import { expectNoAxeViolations } from './support/axe';

/**
 * Issue 14: English keeps its URLs, Vietnamese lives under /vi/…; the language follows the browser on a
 * first visit and the switcher (header and footer, a plain form) afterwards; the anonymous variant of
 * each page is cached per language.
 */
const WORKFLOW = '/workflows/turn-starred-gmail-threads-into-trello-tasks';

test.describe('two languages', () => {
  test('/vi/workflows is Vietnamese: <html lang="vi">, Vietnamese text and ₫ amounts', async ({ page }) => {
    const res = await page.goto('/vi/workflows');
    expect(res?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('combobox', { name: 'Tìm kiếm quy trình' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Quy trình', exact: true })).toHaveAttribute('href', '/vi/workflows');
    await expect(page.getByRole('heading', { level: 1, name: 'Tất cả quy trình' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(/^\d+ quy trình$/);
    await expect(page.getByTestId('card-price').first()).toHaveText(/^\d{1,3}(\.\d{3})+\s₫$/);
    // Every card's heart says what it does in Vietnamese (it was English on Vietnamese pages).
    await expect(page.getByRole('button', { name: 'Thêm vào yêu thích' }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add to favorites' })).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Phân trang' })).toContainText(/Trang 1\/\d+/);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/workflows$/);
    await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute('href', /\/vi\/workflows$/);
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', /\/workflows$/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/vi\/workflows$/);
    // The filters too: their labels, the sorts, and the categories by their Vietnamese names.
    const filters = page.getByRole('complementary', { name: 'Bộ lọc' });
    await expect(filters.getByRole('searchbox', { name: 'Từ khóa' })).toBeVisible();
    await expect(filters.getByLabel('Sắp xếp theo').getByRole('option', { name: 'Bán chạy nhất' })).toBeAttached();
    await expect(
      filters.getByRole('group', { name: 'Danh mục' }).getByRole('checkbox', { name: /^Trợ lý AI/ }),
    ).toBeVisible();
    await expect(
      filters.getByRole('group', { name: 'Nền tảng' }).getByRole('radio', { name: /^Mọi nền tảng/ }),
    ).toBeChecked();
    await expect(filters.getByRole('button', { name: 'Áp dụng bộ lọc' })).toBeVisible();
  });

  test('English URLs are unchanged, and /en/… redirects to them', async ({ page, request }) => {
    for (const path of ['/', '/workflows', WORKFLOW, '/categories/marketing', '/about', '/terms']) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      expect(new URL(page.url()).pathname, path).toBe(path);
      await expect(page.locator('html'), path).toHaveAttribute('lang', 'en');
    }
    await expect(page.getByRole('link', { name: 'Workflows', exact: true })).toHaveAttribute('href', '/workflows');
    const prefixed = await request.get('/en/workflows?q=slack', { maxRedirects: 0 });
    expect(prefixed.status()).toBe(308);
    expect(prefixed.headers()['location']).toMatch(/^(https?:\/\/[^/]+)?\/workflows\?q=slack$/);
  });

  test('a first visit from a browser preferring Vietnamese goes to /vi; a chosen English stays', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      locale: 'vi-VN',
      extraHTTPHeaders: { 'accept-language': 'vi-VN,vi;q=0.9,en;q=0.8' },
    });
    const page = await context.newPage();
    await page.goto('/workflows?q=slack');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/vi/workflows?q=slack');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    // The switcher (header) chooses English: remembered, no more redirect to /vi.
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('button', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/workflows\?q=slack$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const cookie = (await context.cookies()).find((c) => c.name === 'NEXT_LOCALE');
    expect(cookie?.value).toBe('en');
    await page.goto('/about');
    expect(new URL(page.url()).pathname).toBe('/about');
    await context.close();
  });

  test('the footer switcher works without JavaScript, sets the cookie and is remembered', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/terms');
    await page.getByRole('contentinfo').getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect(page).toHaveURL(/\/vi\/terms$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    expect((await context.cookies()).find((c) => c.name === 'NEXT_LOCALE')?.value).toBe('vi');
    // Remembered: an English URL now opens the Vietnamese page.
    await page.goto('/workflows');
    expect(new URL(page.url()).pathname).toBe('/vi/workflows');
    await expect(page.getByRole('link', { name: 'Giới thiệu' })).toHaveAttribute('href', '/vi/about');
    await context.close();
  });

  test('anonymous pages are cached per language', async ({ request }) => {
    for (const path of ['/vi/workflows', '/vi', `/vi${WORKFLOW}`, '/vi/categories/marketing', '/vi/about']) {
      await request.get(path); // warm
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expect(res.headers()['x-db-queries'], `${path}: statements run for a cached page`).toBe('0');
      const html = await res.text();
      expect(html, path).toContain('<html lang="vi"');
    }
    const english = await (await request.get('/workflows')).text();
    expect(english).toContain('<html lang="en"');
    expect(english).not.toContain('Tìm kiếm quy trình');
  });

  test('a signed-in shopper gets the personal page in both languages, and their choice is kept on the account', async ({
    page,
  }) => {
    const shopper = await registerUser(page);
    await page.goto('/vi/workflows');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByTestId('account-name')).toContainText(shopper.name);
    await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
    await page.goto('/workflows');
    await expect(page.getByTestId('account-name')).toContainText(shopper.name);
    await page.getByRole('contentinfo').getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect(page).toHaveURL(/\/vi\/workflows$/);
    await expect(page.getByTestId('account-name')).toContainText(shopper.name);
    if (hasDirectDb) {
      const sql = directDb();
      const [row] = await sql<{ locale: string }[]>`select locale from users where email = ${shopper.email}`;
      await sql.end();
      expect(row?.locale).toBe('vi');
    }
  });

  test('the Vietnamese home, workflow and category pages speak Vietnamese', async ({ page }) => {
    await page.goto('/vi');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Quy trình tự động hóa, nhập vào là chạy.' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Bán chạy nhất' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Tìm trong danh mục' }).fill('slack');
    await page.getByRole('button', { name: 'Tìm kiếm', exact: true }).click();
    await expect(page).toHaveURL(/\/vi\/workflows\?q=slack$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Kết quả cho “slack”' })).toBeVisible();
    await page.goto(`/vi${WORKFLOW}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Giới thiệu quy trình' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Có chạy được trên n8n của tôi không?' })).toBeVisible();
    await expect(page.getByText('Phiên bản n8n tối thiểu')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mua ngay' }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Thêm vào yêu thích' }).first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Mua quy trình' }).getByTestId('workflow-price')).toHaveText(
      /^\d{1,3}(\.\d{3})+\s₫$/,
    );
    await page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link', { name: 'Quy trình' }).click();
    await expect(page).toHaveURL(/\/vi\/workflows$/);
    await page.goto('/vi/categories/marketing');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Quy trình /);
  });

  test('an unknown /vi page is a Vietnamese 404', async ({ page }) => {
    const res = await page.goto('/vi/khong-co-trang-nay');
    expect(res?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeVisible();
  });

  test('Vietnamese pages are as accessible as the English ones (axe)', async ({ page }) => {
    for (const path of ['/vi', '/vi/workflows', `/vi${WORKFLOW}`, '/vi/about']) {
      await page.goto(path);
      await expectNoAxeViolations(page.locator('body'));
    }
  });
});
