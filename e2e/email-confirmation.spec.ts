import { expect, registerUser, signIn, test } from './fixtures';
import { hasMailSink, mailsTo, waitForLink } from './mail';

const BANNER = 'Please confirm your email address';
const CONFIRM_LINK = /\/confirm-email\?token=[\w-]+/;

test('register → usable at once, banner on the account pages → link by email confirms → banner gone; the link works once', async ({
  page,
}) => {
  test.skip(!hasMailSink, 'reads the email from the SMTP sink that `npm run test:e2e` starts');
  const user = await registerUser(page, {}, '/account/purchases');
  const banner = page.getByRole('region', { name: 'Email confirmation' });
  await expect(banner).toContainText(BANNER);
  await expect(banner).toContainText(user.email);

  // "Resend" sends a second link (a form post).
  await banner.getByRole('button', { name: 'Resend confirmation email' }).click();
  await expect(banner).toContainText(`We have sent a new confirmation link to ${user.email}`);
  const link = await waitForLink(user.email, CONFIRM_LINK, { count: 2 });
  expect(await mailsTo(user.email, 'Confirm your USITech Marketplace email')).toHaveLength(2);

  // Opening the link changes nothing by itself; the button confirms.
  const url = new URL(link);
  await page.goto(url.pathname + url.search);
  await page.getByRole('button', { name: 'Confirm email address' }).click();
  await expect(page.getByRole('status')).toContainText(`Thank you: ${user.email} is confirmed.`);

  await page.goto('/account/purchases');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Email confirmation' })).toHaveCount(0);

  await page.goto(url.pathname + url.search);
  await expect(page.locator('main').getByRole('alert')).toContainText('invalid, expired or already used');
});

test('changing the email: a link to the new address, a notice to the old one; the change waits for the link', async ({
  page,
}) => {
  test.skip(!hasMailSink, 'reads the email from the SMTP sink that `npm run test:e2e` starts');
  const user = await registerUser(page);
  const fresh = `moved-${Date.now()}@example.test`;

  await page.goto('/account/settings');
  await page.getByLabel('New email').fill(fresh);
  await page.getByLabel('Current password').first().fill(user.password);
  await page.getByRole('button', { name: 'Change email' }).click();
  await expect(page.getByText(`We have sent a confirmation link to ${fresh}`)).toBeVisible();
  await page.reload();
  await expect(page.getByText(`Waiting for confirmation: ${fresh}`)).toBeVisible();

  await expect
    .poll(async () => (await mailsTo(user.email, 'Your USITech Marketplace email is about to change')).length)
    .toBe(1);
  const link = await waitForLink(fresh, CONFIRM_LINK, { subject: 'Confirm your new USITech Marketplace email' });
  const url = new URL(link);
  await page.goto(url.pathname + url.search);
  await page.getByRole('button', { name: 'Confirm email address' }).click();
  await expect(page.getByRole('status')).toContainText(`Your email is now ${fresh}`);

  // This browser stays signed in (its session moved on); the new address signs in from now on.
  await page.goto('/account/settings');
  await expect(page.getByText(`You sign in with ${fresh}`)).toBeVisible();
  await page.context().clearCookies();
  await signIn(page, { email: fresh, password: user.password });
});

test('without JavaScript, the link from the email confirms the address (the form says where it comes from)', async ({
  page,
  browser,
}) => {
  test.skip(!hasMailSink, 'reads the email from the SMTP sink that `npm run test:e2e` starts');
  const user = await registerUser(page, {}, '/account/purchases');
  const link = new URL(await waitForLink(user.email, CONFIRM_LINK));
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(link.pathname + link.search);
  await plain.getByRole('button', { name: 'Confirm email address' }).click();
  await expect(plain.getByRole('status')).toContainText(`Thank you: ${user.email} is confirmed.`);
  await expect(plain.locator('meta[name="referrer"]')).toHaveCount(0);
  await noScript.close();

  await page.goto('/account/purchases');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Email confirmation' })).toHaveCount(0);
});
