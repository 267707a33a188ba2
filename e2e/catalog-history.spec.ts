import { expect, test } from './fixtures';

// Issue 13 item 17: Back after typing in Keywords returns to the catalog as it was; a search that finds
// nothing says so instead of "0 workflows similar to …".

test('Back after typing in Keywords returns to the unfiltered catalog', async ({ page }) => {
  await page.goto('/');
  await page.goto('/workflows');
  // Typing before the form has hydrated loses the first letters (a full run once got "?q=lack").
  await page.waitForLoadState('networkidle');
  const keywords = page.getByRole('main').getByRole('searchbox', { name: 'Keywords' });
  await keywords.pressSequentially('slack', { delay: 120 });
  await expect(page).toHaveURL(/\/workflows\?q=slack/);
  // More typing after a pause replaces that entry rather than piling up one per word.
  await keywords.press('End');
  await keywords.pressSequentially(' sheets', { delay: 120 });
  await expect(page).toHaveURL(/\/workflows\?q=slack\+sheets/);

  await page.goBack();
  await expect(page).toHaveURL(/\/workflows$/);
  await expect(keywords).toHaveValue('');
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
});

test('a search that finds nothing says so, not "0 workflows similar to"', async ({ page }) => {
  await page.goto('/workflows?q=zzqxwvkj');
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toContainText('No workflows match “zzqxwvkj”');
  await expect(status).not.toContainText('0 workflows');
});
