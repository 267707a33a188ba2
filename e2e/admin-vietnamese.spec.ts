import { seedWorkflows, slugify } from '../db/seed/content';
import { EXPIRED_SLUGS } from '../db/seed/demo-catalog';
import { REFERENCE_PATTERN } from '../lib/payments/reference';
import { createWorkflow, deleteWorkflow } from './support/admin-workflows';
import { DEMO, expect, registerUser, signIn, test } from './fixtures';

test('the admin gives a workflow and a category a Vietnamese version, and shoppers find it by its Vietnamese words', async ({
  page,
}) => {
  const word = `Quytrinh${Date.now()}`;
  const title = `${word} support desk`;
  // A word only the Vietnamese description holds, with accents.
  const stamp = Date.now();
  await signIn(page, DEMO.admin, '/admin/workflows/new');
  await createWorkflow(page, title);
  const editPage = page.url();

  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Save changes' }) });
  const vietnamese = form.getByRole('group', { name: 'Vietnamese version' });
  // Too short: the message is next to the field and nothing is saved.
  await vietnamese.getByLabel('Tiêu đề (tiếng Việt)').fill('Hỗ');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(vietnamese.getByText('Enter at least 3 characters, or leave it empty.')).toBeVisible();

  await vietnamese.getByLabel('Tiêu đề (tiếng Việt)').fill(`${word} chăm sóc khách hàng qua Zalo`);
  await vietnamese.getByLabel('Mô tả ngắn (tiếng Việt)').fill('Trả lời câu hỏi thường gặp của khách cả ngày lẫn đêm.');
  await vietnamese
    .getByLabel('Mô tả chi tiết (tiếng Việt, Markdown)')
    .fill(`## Quy trình làm gì\n\nTrả lời khách hàng suốt ngày đêm, kể cả Lễhội${stamp}.`);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByText('Changes saved.')).toBeVisible();

  await page.goto(editPage);
  await expect(vietnamese.getByLabel('Tiêu đề (tiếng Việt)')).toHaveValue(`${word} chăm sóc khách hàng qua Zalo`);
  await expect(vietnamese.getByLabel('Mô tả ngắn (tiếng Việt)')).toHaveValue(
    'Trả lời câu hỏi thường gặp của khách cả ngày lẫn đêm.',
  );

  // The search reads the Vietnamese version, with or without accents.
  for (const q of [`Lễhội${stamp}`, `lehoi${stamp}`]) {
    await page.goto(`/workflows?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole('main').getByRole('link', { name: title, exact: true })).toBeVisible();
  }

  // Emptying the fields removes the Vietnamese version.
  await page.goto(editPage);
  await vietnamese.getByLabel('Tiêu đề (tiếng Việt)').fill('');
  await vietnamese.getByLabel('Mô tả ngắn (tiếng Việt)').fill('');
  await vietnamese.getByLabel('Mô tả chi tiết (tiếng Việt, Markdown)').fill('');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByText('Changes saved.')).toBeVisible();
  await page.goto(`/workflows?q=lehoi${stamp}`);
  await expect(page.getByRole('main').getByRole('link', { name: title, exact: true })).toHaveCount(0);
  await page.goto(editPage);
  await deleteWorkflow(page, title);

  // A category's Vietnamese name.
  const name = `Chatbots ${Date.now()}`;
  await page.goto('/admin/categories');
  const create = page.getByRole('region', { name: 'New category' });
  await create.getByLabel('Name', { exact: true }).fill(name);
  await create.getByLabel('Tên (tiếng Việt)').fill('Trợ lý trò chuyện');
  await create.getByLabel('Mô tả (tiếng Việt)').fill('Bot trả lời khách hàng.');
  await create.getByRole('button', { name: 'Create category' }).click();
  await expect(create.getByText(`Category “${name}” created.`)).toBeVisible();
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
  await item
    .locator('summary')
    .filter({ hasText: /^Rename/ })
    .click();
  await expect(item.getByLabel('Tên (tiếng Việt)')).toHaveValue('Trợ lý trò chuyện');
  await item.getByLabel('Tên (tiếng Việt)').fill('T');
  await item.getByRole('button', { name: 'Save category' }).click();
  await expect(item.getByText('Enter at least 2 characters, or leave it empty.')).toBeVisible();
  await item
    .locator('summary')
    .filter({ hasText: /^Delete/ })
    .click();
  await item.getByRole('button', { name: 'Delete category' }).click();
  await expect(page.getByRole('heading', { name })).toHaveCount(0);
});

test('an admin works on the Vietnamese screens: every screen reads Vietnamese, and a purchase is approved there', async ({
  page,
  browser,
}) => {
  // A shopper's pending purchase (English pages: only the admin reads Vietnamese here).
  const slug = seedWorkflows.map((w) => slugify(w.title)).filter((s) => !EXPIRED_SLUGS.includes(s))[9]!;
  await registerUser(page, {}, `/workflows/${slug}`);
  await page.getByRole('button', { name: 'Buy now' }).click();
  await expect(page).toHaveURL(/\/checkout\/[0-9a-f-]{36}$/);
  const reference = (await page.getByText(REFERENCE_PATTERN).first().innerText()).match(REFERENCE_PATTERN)![0];

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, DEMO.admin, '/admin');

  // Dashboard.
  await admin.goto('/vi/admin');
  await expect(admin.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(admin.getByRole('heading', { level: 1, name: 'Tổng quan quản trị' })).toBeVisible();
  const nav = admin.getByRole('navigation', { name: 'Quản trị' });
  await expect(nav.getByRole('link', { name: 'Tổng quan' })).toHaveAttribute('aria-current', 'page');
  await expect(admin.getByText('Doanh thu hôm nay')).toBeVisible();
  await expect(admin.getByRole('heading', { name: 'Doanh thu theo ngày' })).toBeVisible();
  await expect(admin.getByRole('region', { name: 'Hoạt động gần đây' })).toBeVisible();
  await expect(admin.getByRole('link', { name: /đơn hàng đang chờ duyệt$/ })).toBeVisible();

  // Purchases: the queue, and approving from it.
  await nav.getByRole('link', { name: 'Đơn hàng' }).click();
  await expect(admin).toHaveURL(/\/vi\/admin\/purchases$/);
  await expect(admin).toHaveTitle(/^Đơn hàng · Quản trị/);
  await expect(admin.getByRole('heading', { level: 1, name: 'Đơn hàng' })).toBeVisible();
  const search = admin.getByRole('search', { name: 'Đơn hàng' });
  await search.getByLabel('Tìm đơn hàng').fill(reference);
  await expect(search.getByLabel('Trạng thái')).toHaveValue('PENDING');
  await search.getByRole('button', { name: 'Lọc' }).click();
  await expect(admin.getByRole('columnheader', { name: 'Người mua' })).toBeVisible();
  await expect(admin.getByText('1 đơn hàng, chờ lâu nhất trước')).toBeVisible();
  // Nothing ticked: the refusal is in Vietnamese too.
  await admin.getByRole('button', { name: 'Duyệt các đơn đã chọn' }).click();
  await expect(admin.locator('main').getByRole('alert')).toHaveText('Hãy chọn ít nhất một đơn hàng.');
  const row = admin.getByRole('row').filter({ hasText: reference });
  await expect(row.getByRole('button', { name: 'Từ chối', exact: true })).toBeVisible();
  await row.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(
    admin.locator('main').getByText(/^Đã duyệt 1 đơn hàng\. Đã xuất hóa đơn INV-\d{4}-\d{6}\.$/),
  ).toBeVisible();
  await expect(admin.getByRole('row').filter({ hasText: reference })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /Paid/ })).toBeVisible({ timeout: 15_000 });

  // The purchase's own page: its facts, status and history.
  await admin.goto(`/vi/admin/purchases?status=ACTIVE&q=${reference}`);
  await admin.getByRole('link', { name: reference }).click();
  await expect(admin).toHaveURL(/\/vi\/admin\/purchases\/[0-9a-f-]{36}$/);
  await expect(admin.getByText('Mã chuyển khoản', { exact: true })).toBeVisible();
  await expect(admin.getByText('Đã thanh toán', { exact: true })).toBeVisible();
  await expect(admin.getByRole('region', { name: 'Lịch sử' })).toContainText('Lan Admin đã duyệt đơn hàng');
  await expect(admin.getByRole('link', { name: '← Đơn hàng' })).toBeVisible();

  // The workflow form.
  await admin.goto('/vi/admin/workflows/new');
  await expect(admin.getByRole('heading', { level: 1, name: 'Quy trình mới' })).toBeVisible();
  await expect(admin.getByLabel('Tiêu đề', { exact: true })).toBeVisible();
  await expect(admin.getByLabel('Giá (VND)')).toBeVisible();
  await expect(admin.getByLabel('Mô tả ngắn', { exact: true })).toBeVisible();
  await expect(admin.getByRole('group', { name: 'Phiên bản tiếng Việt' })).toBeVisible();
  await expect(admin.getByRole('group', { name: 'Tính năng' })).toBeVisible();
  await expect(admin.getByRole('button', { name: 'Tạo quy trình' })).toBeVisible();

  // Payments and the bank statement import: a row without a transfer reference is kept unmatched.
  await admin.goto('/vi/admin/payments');
  await expect(admin.getByRole('heading', { level: 1, name: 'Giao dịch chuyển khoản' })).toBeVisible();
  await expect(admin.getByRole('search', { name: 'Giao dịch chuyển khoản' }).getByLabel('Hiển thị')).toHaveValue(
    'UNMATCHED',
  );
  const statement = admin.getByRole('region', { name: 'Nhập sao kê ngân hàng' });
  await statement.getByLabel('Sao kê ngân hàng (CSV)').setInputFiles({
    name: 'sao-ke.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`Mã GD,Ngày,Số tiền,Nội dung\nVI${Date.now()},27/11/2026 10:00,150.000,Chuyen tien\n`),
  });
  await expect(statement.getByLabel('Cột mã giao dịch')).toBeVisible();
  await statement.getByRole('button', { name: 'Xem trước' }).click();
  await expect(statement.getByRole('table', { name: 'Xem trước sao kê' })).toContainText(
    'Giữ lại, chưa khớp: không có mã chuyển khoản',
  );
  await expect(statement.getByRole('button', { name: 'Duyệt các khoản khớp chính xác (0)' })).toBeVisible();

  // Categories.
  await admin.goto('/vi/admin/categories');
  await expect(admin.getByRole('heading', { level: 1, name: 'Danh mục' })).toBeVisible();
  const create = admin.getByRole('region', { name: 'Danh mục mới' });
  await expect(create.getByLabel('Tên', { exact: true })).toBeVisible();
  await expect(create.getByRole('button', { name: 'Tạo danh mục' })).toBeVisible();
  await expect(admin.getByRole('heading', { name: /^Tất cả danh mục \(\d+\)$/ })).toBeVisible();

  // Contact messages.
  await admin.goto('/vi/admin/messages');
  await expect(admin.getByRole('heading', { level: 1, name: 'Tin nhắn liên hệ' })).toBeVisible();
  const filter = admin.getByRole('search', { name: 'Tin nhắn' });
  await expect(filter.getByLabel('Hiển thị')).toHaveValue('open');
  await expect(filter.getByRole('option', { name: 'Chưa xử lý' })).toHaveCount(1);
  await expect(admin.getByText(/^\d+ tin nhắn chưa xử lý, mới nhất trước$/)).toBeVisible();
});
