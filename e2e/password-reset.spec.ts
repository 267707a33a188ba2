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

test('without JavaScript: forgot password → link by email → new password → sign in; a cross-site post of the form is refused', async ({
  page,
  browser,
}) => {
  test.skip(!hasMailSink, 'reads the email from the SMTP sink that `npm run test:e2e` starts');
  const user = await registerUser(page);
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();

  await plain.goto('/forgot-password');
  await plain.getByLabel('Email').fill(user.email);
  await plain.getByRole('button', { name: 'Send reset link' }).click();
  await expect(plain.getByRole('status')).toContainText(CHECK_INBOX);
  const link = new URL(await waitForLink(user.email, /\/reset-password\?token=[\w-]+/));
  const resetPage = link.pathname + link.search;

  await plain.goto(resetPage);

  // The same form posted from another site (Next's server-action origin check) changes nothing.
  const fields: Record<string, string> = {};
  for (const input of await plain.locator('main form input[type="hidden"]').all()) {
    const name = await input.getAttribute('name');
    if (name) fields[name] = (await input.getAttribute('value')) ?? '';
  }
  const crossSite = await noScript.request.post(resetPage, {
    headers: { origin: 'https://evil.example' },
    multipart: { ...fields, password: 'stolen by another site', confirmPassword: 'stolen by another site' },
    maxRedirects: 0,
  });
  expect(crossSite.status(), 'a cross-site post of the reset form').toBeGreaterThanOrEqual(400);

  await plain.goto(resetPage);
  await plain.getByLabel('New password', { exact: true }).fill('my no script password');
  await plain.getByLabel('Confirm new password').fill('my no script password');
  await plain.getByRole('button', { name: 'Set new password' }).click();
  await expect(plain.getByRole('status')).toContainText('Your password has been changed');

  await plain.locator('main').getByRole('link', { name: 'Sign in' }).click();
  await expect(plain).toHaveURL(/\/login$/);
  await plain.getByLabel('Email').fill(user.email);
  await plain.getByLabel('Password').fill('stolen by another site');
  await plain.getByRole('button', { name: 'Sign in' }).click();
  await expect(plain.getByText('Invalid email or password.')).toBeVisible();
  await plain.getByLabel('Password').fill('my no script password');
  await plain.getByRole('button', { name: 'Sign in' }).click();
  await expect(plain.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
  // The token page keeps the global referrer policy (a same-origin post carries a real Origin).
  await plain.goto(resetPage);
  await expect(plain.locator('meta[name="referrer"]')).toHaveCount(0);
  await noScript.close();
});
