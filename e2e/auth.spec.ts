import { DEMO, expect, newTestUser, registerUser, signInWithForm, signOut, test } from './fixtures';

test('register → signed in with the name in the header → sign out → sign in again', async ({ page }) => {
  const user = newTestUser();
  await page.goto('/register');
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText(user.name);
  await signOut(page);
  await signInWithForm(page, user);
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText(user.name);
});

test('a wrong password shows one generic error and keeps the visitor signed out', async ({ page }) => {
  const user = await registerUser(page);
  await signOut(page);
  await page.goto('/login');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form').getByRole('alert')).toHaveText('Invalid email or password.');
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
});

test('registering with a taken email is a field error', async ({ page, browser }) => {
  const user = await registerUser(page);
  const other = await browser.newPage();
  await other.goto('/register');
  await other.getByLabel('Name').fill('Someone Else');
  await other.getByLabel('Email').fill(user.email.toUpperCase());
  await other.getByLabel('Password').fill('another long password');
  await other.getByRole('button', { name: 'Create account' }).click();
  const email = other.getByLabel('Email');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(other.locator('#register-email-error')).toHaveText('An account with this email already exists.');
  await other.close();
});

test('bad input is explained next to each field before anything is sent', async ({ page }) => {
  await page.goto('/register');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#register-name-error')).toBeVisible();
  await expect(page.locator('#register-email-error')).toHaveText('Enter a valid email address.');
  await expect(page.locator('#register-password-error')).toHaveText('Use at least 10 characters.');
});

test('a signed-out visitor of a signed-in page signs in and comes back', async ({ page }) => {
  await page.goto('/account/purchases');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount%2Fpurchases/);
  await page.getByLabel('Email').fill(DEMO.shopper.email);
  await page.getByLabel('Password').fill(DEMO.shopper.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account\/purchases$/);
});
