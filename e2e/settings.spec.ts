import type { Page } from '@playwright/test';
import { expect, registerUser, signIn, test } from './fixtures';

const header = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

test('a new name shows in the header', async ({ page }) => {
  await registerUser(page, {}, '/account/settings');
  const profile = page.getByRole('region', { name: 'Profile' });
  await profile.getByLabel('Name').fill('Renamed Shopper');
  await profile.getByRole('button', { name: 'Save name' }).click();
  await expect(profile.getByText('Your name has been saved.')).toBeVisible();
  await expect(header(page)).toContainText('Renamed Shopper');
});

test('invoice details: a malformed tax code (MST) is refused next to its field; good details are kept', async ({
  page,
}) => {
  await registerUser(page, {}, '/account/settings');
  const details = page.getByRole('region', { name: 'Invoice details' });
  await details.getByLabel('Company name').fill('Công ty TNHH Ánh Dương');
  await details.getByLabel('Tax code (MST)').fill('01012345');
  await details.getByRole('button', { name: 'Save invoice details' }).click();
  await expect(details.locator('#settings-invoice-tax-code-error')).toHaveText(
    'Enter the tax code (MST) as 10 digits, or 10 digits, a hyphen and 3 digits (0312345678-001).',
  );
  await expect(details.getByLabel('Tax code (MST)')).toHaveAttribute('aria-invalid', 'true');

  await details.getByLabel('Tax code (MST)').fill('0101234567-002');
  await details.getByLabel('Address').fill('45 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội');
  await details.getByRole('button', { name: 'Save invoice details' }).click();
  await expect(details.getByText('Your invoice details have been saved.', { exact: false })).toBeVisible();
  await page.reload();
  await expect(details.getByLabel('Company name')).toHaveValue('Công ty TNHH Ánh Dương');
  await expect(details.getByLabel('Address')).toHaveValue('45 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội');
  await expect(details.getByLabel('Tax code (MST)')).toHaveValue('0101234567-002');
});

test('an avatar must really be an image; a PNG is stored and served', async ({ page }) => {
  await registerUser(page, {}, '/account/settings');
  const avatar = page.getByRole('region', { name: 'Avatar' });
  await avatar
    .getByLabel('Avatar')
    .setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('not an image at all') });
  await avatar.getByRole('button', { name: 'Upload avatar' }).click();
  await expect(avatar.locator('#settings-avatar-error')).toHaveText('Choose a PNG, JPEG or WebP image.');

  await avatar.getByLabel('Avatar').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: PNG_1PX });
  await avatar.getByRole('button', { name: 'Upload avatar' }).click();
  await expect(avatar.getByText('Your avatar has been updated.')).toBeVisible();
  const src = await avatar.getByRole('img', { name: /^Avatar of/ }).getAttribute('src');
  expect(src).toMatch(/^\/api\/avatars\/[0-9a-f-]+\.png$/);
  const served = await page.request.get(src!);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toBe('image/png');
});

test('a password change keeps this session and ends the others', async ({ page, browser }) => {
  const user = await registerUser(page);
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, user);

  await page.goto('/account/settings');
  const password = page.getByRole('region', { name: 'Password' });
  await password.getByLabel('Current password').fill('not my password');
  await password.getByLabel('New password', { exact: true }).fill('a much better password');
  await password.getByLabel('Confirm new password').fill('a much better password');
  await password.getByRole('button', { name: 'Change password' }).click();
  await expect(password.locator('#settings-current-password-error')).toHaveText(
    'Your current password is not correct.',
  );

  await password.getByLabel('Current password').fill(user.password);
  await password.getByRole('button', { name: 'Change password' }).click();
  await expect(password.getByText('Your password has been changed.')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
  await other.reload();
  await expect(other.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await signIn(other, { ...user, password: 'a much better password' });
  await otherContext.close();
});

test('deleting the account signs out and the old password no longer works', async ({ page }) => {
  const user = await registerUser(page, {}, '/account/settings');
  const danger = page.getByRole('region', { name: 'Delete account' });
  await danger.getByLabel('Password').fill(user.password);
  await danger.getByRole('button', { name: 'Delete my account' }).click();
  await expect(danger.locator('#settings-delete-confirm-error')).toBeVisible();
  await danger.getByRole('checkbox').check();
  await danger.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  await page.goto('/login');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form').getByRole('alert')).toHaveText('Invalid email or password.');
});
