import { DEMO, expect, registerUser, signIn, test } from './fixtures';

test('a shopper gets the 404 page on /admin and sees no Admin link', async ({ page }) => {
  await registerUser(page);
  await expect(page.getByRole('link', { name: 'Admin', exact: true })).toHaveCount(0);
  const response = await page.goto('/admin');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('a signed-out visitor also gets 404 on /admin', async ({ page }) => {
  const response = await page.goto('/admin');
  expect(response?.status()).toBe(404);
});

test('the admin sees the admin area', async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.getByRole('link', { name: 'Admin', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Admin dashboard' })).toBeVisible();
  await expect(page.getByText('Pending purchases')).toBeVisible();
});

test('/api/health answers ok', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
});
