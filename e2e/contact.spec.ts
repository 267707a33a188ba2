import { randomUUID } from 'node:crypto';
import { expect, hasDirectDb, registerUser, test } from './fixtures';
import { directDb, type DirectDb } from './direct-db';

let sql: DirectDb | undefined;
test.beforeAll(() => {
  if (hasDirectDb) sql = directDb();
});
test.afterAll(async () => {
  await sql?.end();
});

const messagesAbout = async (subject: string) =>
  sql!<
    { name: string; email: string; message: string }[]
  >`select name, email, message from contact_messages where subject = ${subject}`;

test('a bad email is explained at the field and nothing is sent; fixed, the message is saved', async ({ page }) => {
  const subject = `Question ${randomUUID().slice(0, 8)}`;
  await page.goto('/contact');
  await page.getByLabel('Name').fill('Mai Tran');
  await page.getByLabel('Email').fill('mai-at-example');
  await page.getByLabel('Subject').fill(subject);
  await page.getByLabel('Message').fill('Does the Shopify export work with two stores at once?');
  await page.getByRole('button', { name: 'Send message' }).click();

  const email = page.getByLabel('Email');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#contact-email-error')).toHaveText('Enter a valid email address.');
  await expect(email).toHaveAttribute('aria-describedby', 'contact-email-error');
  if (sql) expect(await messagesAbout(subject)).toHaveLength(0);

  await email.fill('mai@example.test');
  await page.getByRole('button', { name: 'Send message' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Message sent' })).toContainText(
    'Your message has been sent',
  );
  if (sql) {
    const rows = await messagesAbout(subject);
    expect(rows).toEqual([
      { name: 'Mai Tran', email: 'mai@example.test', message: 'Does the Shopify export work with two stores at once?' },
    ]);
  }
});

test('a signed-in visitor finds name and email filled in', async ({ page }) => {
  const user = await registerUser(page, {}, '/contact');
  await expect(page.getByLabel('Name')).toHaveValue(user.name);
  await expect(page.getByLabel('Email')).toHaveValue(user.email);
});

test('a bot that fills the hidden field is told "sent" and nothing is stored', async ({ page }) => {
  test.skip(!hasDirectDb, 'needs the e2e server on Postgres to look at the table');
  const subject = `Bot ${randomUUID().slice(0, 8)}`;
  await page.goto('/contact');
  await page.getByLabel('Name').fill('Spam Bot');
  await page.getByLabel('Email').fill('bot@example.test');
  await page.getByLabel('Subject').fill(subject);
  await page.getByLabel('Message').fill('Buy cheap things from my site today!');
  await page.locator('input[name="website"]').fill('https://spam.example', { force: true });
  await page.getByRole('button', { name: 'Send message' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Message sent' })).toBeVisible();
  expect(await messagesAbout(subject)).toHaveLength(0);
});
