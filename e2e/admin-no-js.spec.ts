import { DEMO, expect, registerUser, signIn, test } from './fixtures';
import { REFERENCE_PATTERN } from '../lib/payments/reference';
import { seedWorkflows, slugify } from '../db/seed/content';
import { EXPIRED_SLUGS } from '../db/seed/demo-catalog';

const forSale = seedWorkflows.map((w) => slugify(w.title)).filter((slug) => !EXPIRED_SLUGS.includes(slug));

/**
 * Admin forms without JavaScript. A form built with react-hook-form names its hidden fields through
 * `register`, which puts no value in the server's HTML: without JavaScript the id reached the action empty
 * and every such form was refused ("Please correct the highlighted fields."). Each form below failed so.
 */
test.describe('admin forms without JavaScript', () => {
  test('the admin rejects a purchase from its page with a reason; the buyer reads it', async ({ page, browser }) => {
    test.slow();
    await registerUser(page, {}, `/workflows/${forSale[11]}`);
    await page.getByRole('button', { name: 'Buy now' }).click();
    await expect(page).toHaveURL(/\/checkout\/[0-9a-f-]{36}$/);
    const purchaseId = page.url().split('/').at(-1)!;
    expect(await page.getByText(REFERENCE_PATTERN).first().innerText()).toMatch(REFERENCE_PATTERN);

    const admin = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signIn(admin, DEMO.admin, `/admin/purchases/${purchaseId}`);
    await admin.getByLabel('Reason').fill('No transfer with this reference arrived.');
    await admin.getByRole('button', { name: 'Reject' }).click();
    // The page comes back with the decision on it (the form is gone: nothing left to decide).
    await expect(admin.getByText('Rejected', { exact: true })).toBeVisible();
    await expect(admin.getByText('Lan Admin rejected purchase')).toBeVisible();

    await page.reload();
    await expect(page.getByText('No transfer with this reference arrived.')).toBeVisible();
  });

  test('the admin renames a category', async ({ browser }) => {
    const admin = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signIn(admin, DEMO.admin, '/admin/categories');
    const name = `Nojs category ${Date.now()}`;
    const create = admin.getByRole('region', { name: 'New category' });
    await create.getByLabel('Name').fill(name);
    await create.getByLabel('Slug').fill(name.toLowerCase().replace(/\s+/g, '-'));
    await create.getByRole('button', { name: 'Create category' }).click();
    await admin.goto('/admin/categories');
    const item = admin.getByRole('listitem').filter({ has: admin.getByRole('heading', { name }) });
    await item
      .locator('summary')
      .filter({ hasText: /^Rename/ })
      .click();
    await item.getByLabel('Name').fill(`${name}, renamed`);
    await item.getByRole('button', { name: 'Save category' }).click();
    await admin.goto('/admin/categories');
    await expect(admin.getByRole('heading', { name: `${name}, renamed` })).toBeVisible();
  });
});
