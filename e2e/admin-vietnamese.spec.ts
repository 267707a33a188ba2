import { createWorkflow, deleteWorkflow } from './support/admin-workflows';
import { DEMO, expect, signIn, test } from './fixtures';

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
