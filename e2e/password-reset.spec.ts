import { expect, registerUser, signInWithForm, signOut, test } from './fixtures';
import { hasMailSink, waitForLink } from './mail';

const CHECK_INBOX = 'If an account exists for that email, we have sent it a link';

test('forgot password → link by email (through SMTP) → new password → sign in with it; the link works once', async ({
  page,
}) => {
  test.skip(!hasMailSink, 'reads the email from the SMTP sink that `npm run test:e2e` starts');
  const user = await registerUser(page);
  await signOut(page);

  await page.goto('/login');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel('Email').fill(user.email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('status')).toContainText(CHECK_INBOX);

  const link = await waitForLink(user.email, /\/reset-password\?token=[\w-]+/);

  const url = new URL(link);
  await page.goto(url.pathname + url.search);
  await page.getByLabel('New password', { exact: true }).fill('my brand new password');
  await page.getByLabel('Confirm new password').fill('my brand new password');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password has been changed');

  await signInWithForm(page, { email: user.email, password: 'my brand new password' });
  await signOut(page);

  await page.goto(url.pathname + url.search);
  await expect(page.locator('main').getByRole('alert')).toContainText('invalid, expired or already used');
});

test('an unknown email gets the same answer', async ({ page }) => {
  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill('nobody-at-all@example.test');
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('status')).toContainText(CHECK_INBOX);
});
