import { createWorkflow, deleteWorkflow } from './support/admin-workflows';
import { DEMO, expect, signIn, test } from './fixtures';

// Issue 13 item 17: the admin types a price the way the shop prints it (Vietnamese thousands dots), or with
// commas, or plainly; a separator that does not group thousands is refused, not guessed.
test('the admin price field takes "250.000", "1,250,000" and "99 000 ₫" as whole đồng and refuses "250.5"', async ({
  page,
}) => {
  await signIn(page, DEMO.admin, '/admin/workflows');
  const title = `Price parsing ${Date.now()}`;
  await createWorkflow(page, title);
  const price = page.getByLabel('Price (VND)');
  const save = page.getByRole('button', { name: 'Save changes' });

  for (const [typed, stored] of [
    ['250.000', '250000'],
    ['1,250,000', '1250000'],
    ['99 000 ₫', '99000'],
  ] as const) {
    await price.fill(typed);
    await save.click();
    await expect(page.getByText('Changes saved.')).toBeVisible();
    await page.reload();
    await expect(price).toHaveValue(stored);
  }

  await price.fill('250.5');
  await save.click();
  await expect(page.getByText('Enter the price in whole đồng, e.g. 250000 or 250.000.')).toBeVisible();
  await page.reload();
  await expect(price).toHaveValue('99000');

  await deleteWorkflow(page, title);
});
