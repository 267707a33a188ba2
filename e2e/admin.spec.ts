import { createWorkflow, deleteWorkflow, renameWorkflow, visitorAndShopper } from './support/admin-workflows';
import { DEMO, expect, registerUser, signIn, signInWithForm, signOut, test } from './fixtures';

const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const N8N_EXPORT = JSON.stringify({
  name: 'Form leads to Slack',
  nodes: [
    { name: 'Form', type: 'n8n-nodes-base.formTrigger', typeVersion: 2, position: [0, 0], parameters: {} },
    { name: 'Slack', type: 'n8n-nodes-base.slack', typeVersion: 2, position: [300, 0], parameters: {} },
  ],
  connections: { Form: { main: [[{ node: 'Slack', type: 'main', index: 0 }]] } },
});

test('a shopper gets the 404 page on admin pages and the CSV exports', async ({ page }) => {
  await registerUser(page);
  for (const path of ['/admin', '/admin/purchases', '/admin/workflows/new', '/admin/users']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
  for (const path of ['/admin/purchases/export', '/admin/invoices/export']) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
});

test('the admin dashboard shows figures, charts and recent activity', async ({ page }) => {
  await signIn(page, DEMO.admin, '/admin');
  await expect(page.getByRole('heading', { name: 'Admin dashboard' })).toBeVisible();
  await expect(page.getByText('Revenue, last 30 days')).toBeVisible();
  for (const chart of ['Revenue per day', 'Sales by category', 'Approval time', 'Recent activity']) {
    await expect(page.getByRole('heading', { name: chart })).toBeVisible();
  }
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
});

test('the admin creates a workflow and it is for sale in the shop', async ({ page }) => {
  const title = `Form leads to Slack ${Date.now()}`;
  await signIn(page, DEMO.admin, '/admin/workflows/new');
  await page.getByLabel('Title').fill(title);
  await expect(page.getByLabel('Slug')).toHaveValue(/^form-leads-to-slack-\d+$/);
  await page.getByLabel('Short description').fill('Sends every form submission to a Slack channel.');
  await page.getByLabel('Description (Markdown)').fill('## What it does\n\nEvery **new lead** lands in Slack.');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('heading', { name: 'What it does' })).toBeVisible();
  await page.getByRole('button', { name: 'Write' }).click();
  await page.getByLabel('Price (VND)').fill('149000');
  await page.getByLabel('Feature 1', { exact: true }).fill('Instant alerts');
  await page.getByRole('button', { name: 'Add feature' }).click();
  await page.getByLabel('Feature 2', { exact: true }).fill('No code');
  await page.getByRole('button', { name: 'Move feature 2 up' }).click();
  await expect(page.getByLabel('Feature 1', { exact: true })).toHaveValue('No code');
  await page.getByRole('group', { name: 'Categories' }).getByRole('checkbox').first().check();
  await page.getByLabel('Apps').fill('Slack, n8n Form');
  await page.getByLabel('Workflow JSON', { exact: true }).fill('{"nodes": []}');
  await page.getByRole('button', { name: 'Create workflow' }).click();
  await expect(page.getByText('The workflow JSON has no "nodes" list.')).toBeVisible();
  await page.getByLabel('Cover image').setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: PNG_1X1 });
  await page
    .getByLabel('Upload workflow JSON')
    .setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(N8N_EXPORT) });
  await expect(page.getByText('Reads as an n8n workflow with 2 nodes.')).toBeVisible();
  await page.getByRole('button', { name: 'Create workflow' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Workflow created.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByLabel('Feature 1', { exact: true })).toHaveValue('No code');
  // The cover is listed first and served to anyone from /media.
  const cover = page.getByRole('region', { name: 'Images and files' }).getByRole('img', { name: title });
  await expect(cover).toBeVisible();
  const src = (await cover.getAttribute('src'))!;
  expect(src).toMatch(/^\/media\/workflows\/[0-9a-f-]{36}\/[0-9a-f]{8}-cover\.png$/);
  const image = await page.request.get(src);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');

  // In the shop: the catalog lists it with its cover, and its page shows the image.
  await page.goto(`/workflows?q=${encodeURIComponent(title)}`);
  const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: title }) });
  await expect(card).toBeVisible();
  const cardImage = card.locator('img').first();
  await expect(cardImage).toHaveAttribute('src', /media%2Fworkflows%2F/);
  const shown = await page.request.get((await cardImage.getAttribute('src'))!);
  expect(shown.status()).toBe(200);
  expect(shown.headers()['content-type']).toMatch(/^image\//);
  await card.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('img', { name: title, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Buy now' })).toBeVisible();

  // Nobody bought it: deleting removes it (and the demo shop is as the other journeys expect it).
  await page.goto(`/admin/workflows?q=${encodeURIComponent(title)}`);
  await page.getByRole('link', { name: title }).click();
  await deleteWorkflow(page, title);
  expect((await page.request.get(src)).status()).toBe(404);
});

test('the admin renames a workflow: a visitor and a signed-in shopper see the new title on their next page load', async ({
  page,
  browser,
}) => {
  const word = `Zyxqname${Date.now()}`;
  const title = `${word} support desk`;
  const renamed = `${word} helpdesk, renamed`;
  await signIn(page, DEMO.admin, '/admin/workflows/new');
  await createWorkflow(page, title);
  const editPage = page.url();
  const slug = await page.getByLabel('Slug').inputValue();
  const search = `/workflows?q=${encodeURIComponent(word)}`;
  const catalogLink = (p: typeof page, name: string) => p.getByRole('main').getByRole('link', { name, exact: true });

  // Both have read the catalog and the workflow page with the old title (so any cached copy exists).
  const { visitor, shopper } = await visitorAndShopper(browser);
  for (const reader of [visitor, shopper]) {
    await reader.goto(search);
    await expect(catalogLink(reader, title)).toBeVisible();
    await reader.goto(`/workflows/${slug}`);
    await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  await renameWorkflow(page, editPage, renamed, slug);

  for (const reader of [visitor, shopper]) {
    await reader.goto(search);
    await expect(catalogLink(reader, renamed)).toBeVisible();
    await expect(catalogLink(reader, title)).toHaveCount(0);
    await reader.goto(`/workflows/${slug}`);
    await expect(reader.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
  }
  // Each got its own variant of the page: the visitor is offered to sign in, the shopper is signed in.
  await expect(visitor.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(shopper.getByRole('link', { name: 'Sign in' })).toHaveCount(0);

  await page.goto(editPage);
  await deleteWorkflow(page, renamed);
});

test('the admin creates, renames and deletes a category in use after confirming', async ({ page }) => {
  const name = `Chatbots ${Date.now()}`;
  const renamed = `${name} and bots`;
  await signIn(page, DEMO.admin, '/admin/categories');
  const create = page.getByRole('region', { name: 'New category' });
  await create.getByLabel('Name').fill(name);
  await create.getByRole('button', { name: 'Create category' }).click();
  await expect(create.getByText(`Category “${name}” created.`)).toBeVisible();
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
  await item
    .locator('summary')
    .filter({ hasText: /^Rename/ })
    .click();
  await item.getByLabel('Name').fill(renamed);
  await item.getByRole('button', { name: 'Save category' }).click();
  await expect(page.getByRole('heading', { name: renamed })).toBeVisible();

  // A workflow of its own uses it (the demo shop's categories stay as other journeys expect them).
  const workflow = `Support bot ${Date.now()}`;
  await createWorkflow(page, workflow, renamed);
  await page.goto('/admin/categories');
  const used = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: renamed }) });
  await expect(used).toContainText('· 1 workflow');
  await used
    .locator('summary')
    .filter({ hasText: /^Delete/ })
    .click();
  await expect(used.getByText(/They stay in the catalog, without this category/)).toBeVisible();
  await used.getByRole('button', { name: 'Remove from workflows and delete' }).click();
  await expect(page.getByRole('heading', { name: renamed })).toHaveCount(0);

  // The workflow stays, without the category; nobody bought it, so deleting it removes it.
  await page.goto(`/admin/workflows?q=${encodeURIComponent(workflow)}`);
  await page.getByRole('link', { name: workflow }).click();
  await expect(page.getByRole('group', { name: 'Categories' }).getByRole('checkbox', { checked: true })).toHaveCount(0);
  await deleteWorkflow(page, workflow);
});

test('the admin answers a contact message, resolves it and reopens it', async ({ page, browser }) => {
  // A visitor writes (from an address of their own, so the contact form's per-IP limit is theirs alone).
  const subject = `Two stores ${Date.now()}`;
  const visitor = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.61' } });
  const form = await visitor.newPage();
  await form.goto('/contact');
  await form.getByLabel('Name').fill('Mai Tran');
  await form.getByLabel('Email').fill('mai-admin-e2e@example.test');
  await form.getByLabel('Subject').fill(subject);
  await form.getByLabel('Message').fill('Does the Shopify export work with two stores at once?');
  await form.getByRole('button', { name: 'Send message' }).click();
  await expect(form.getByRole('status').filter({ hasText: 'Message sent' })).toBeVisible();
  await visitor.close();

  await signIn(page, DEMO.admin, '/admin/messages');
  const message = page.getByRole('article').filter({ has: page.getByRole('heading', { name: subject }) });
  // Newest first.
  await expect(page.getByRole('article').first().getByRole('heading')).toHaveText(subject);
  await message.getByLabel('Reply').fill('Yes: run it once per store.');
  await message.getByRole('button', { name: 'Send reply' }).click();
  await expect(message.getByText(/^Our reply/)).toBeVisible();
  await expect(message.getByText('Yes: run it once per store.')).toBeVisible();
  await message.getByRole('button', { name: 'Mark resolved' }).click();
  await expect(page.getByRole('heading', { name: subject })).toHaveCount(0);
  await page.getByLabel('Show', { exact: true }).selectOption('resolved');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(message.getByText('Resolved by Lan Admin')).toBeVisible();
  await message.getByRole('button', { name: 'Reopen' }).click();
  await expect(page.getByRole('heading', { name: subject })).toHaveCount(0);
});

test('a disabled shopper loses access at once and cannot sign in', async ({ page, browser }) => {
  const shopperPage = await (await browser.newContext()).newPage();
  const shopper = await registerUser(shopperPage);

  await signIn(page, DEMO.admin, `/admin/users?q=${encodeURIComponent(shopper.email)}`);
  await page.getByRole('link', { name: shopper.name }).click();
  await page.getByRole('button', { name: 'Disable account' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, disable account' }).click();
  await expect(page.getByText('Account disabled.')).toBeVisible();

  await shopperPage.reload();
  await expect(shopperPage.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await shopperPage.goto('/login');
  await shopperPage.getByLabel('Email').fill(shopper.email);
  await shopperPage.getByLabel('Password').fill(shopper.password);
  await shopperPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(shopperPage.locator('form').getByRole('alert')).toContainText('Invalid email or password.');

  await page.getByRole('button', { name: 'Re-enable account' }).click();
  await expect(page.getByText('Account re-enabled.')).toBeVisible();
  await signInWithForm(shopperPage, shopper);
  await signOut(shopperPage);
});

test('the admin downloads purchases and invoices as CSV', async ({ page }) => {
  await signIn(page, DEMO.admin);
  const purchases = await page.request.get('/admin/purchases/export?status=all');
  expect(purchases.status()).toBe(200);
  expect(purchases.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(purchases.headers()['content-disposition']).toMatch(
    /^attachment; filename="purchases-\d{4}-\d{2}-\d{2}\.csv"$/,
  );
  const text = await purchases.text();
  expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
    'Purchase ID,Created at,Status,Buyer name,Buyer email,Workflow,Amount,Transfer reference,Decided at,Decided by,Reject reason,Invoice number',
  );
  expect(text).toContain('an@usitech.local');
  expect(text).toMatch(/,(Paid|Pending|Rejected|Cancelled),/);
  expect(text).not.toMatch(/,(ACTIVE|PENDING|REJECT),/);
  // From the Vietnamese admin: the header and the statuses in Vietnamese, the data as it is.
  const vi = (await (await page.request.get('/vi/admin/purchases/export?status=all')).text()).replace(/^\uFEFF/, '');
  expect(vi.split('\r\n')[0]).toBe(
    'Mã đơn,Thời điểm tạo,Trạng thái,Tên người mua,Email người mua,Quy trình,Số tiền,Nội dung chuyển khoản,Thời điểm xử lý,Người xử lý,Lý do từ chối,Số hóa đơn',
  );
  expect(vi).toMatch(/,(Đã thanh toán|Chờ duyệt|Đã từ chối|Đã hủy),/);
  const invoices = await page.request.get('/admin/invoices/export');
  expect((await invoices.text()).split('\r\n').length).toBeGreaterThan(3);
});
