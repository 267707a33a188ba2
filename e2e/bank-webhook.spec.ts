import { expect, type Page } from '@playwright/test';
import { EXPIRED_SLUGS } from '../db/seed/demo-catalog';
import { seedWorkflows, slugify } from '../db/seed/content';
import { REFERENCE_PATTERN } from '../lib/payments/reference';
import { buy } from './support/buy';
import { signedWebhook } from './support/webhook';
import { bestSelling, removeWorkflow, slugOf, twoUnsoldWorkflows, visitorAndShopper } from './support/admin-workflows';
import { DEMO, registerUser, signIn, test } from './fixtures';

// The e2e server gets this secret from playwright.config.ts.
// A workflow the checkout journeys do not buy (they take them from the front of the list).
const slug = seedWorkflows
  .map((w) => slugify(w.title))
  .filter((s) => !EXPIRED_SLUGS.includes(s))
  .at(-2)!;

const status = (page: Page) => page.getByRole('status').filter({ hasText: /Pending|Paid|Rejected/ });

test('a signed bank notification for the reference flips the open checkout to Paid by itself', async ({
  page,
  request,
}) => {
  await registerUser(page, {}, `/workflows/${slug}`);
  const { reference, amount } = await buy(page, slug);
  await expect(status(page)).toContainText('Pending');

  const transfer = {
    id: `FT${Date.now()}`,
    accountNumber: '0000123456789',
    amount,
    content: `MBVCB.1234567.${reference.toLowerCase()}.CT tu NGUYEN VAN AN`,
    transactionDate: new Date().toISOString(),
  };
  // Unsigned or badly signed calls are refused and change nothing.
  expect((await request.post('/api/payments/webhook', { data: transfer })).status()).toBe(401);
  await expect(status(page)).toContainText('Pending');

  const response = await request.post('/api/payments/webhook', signedWebhook(transfer));
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ result: 'matched' });

  // No reload: the page polls its status and shows the invoice once paid.
  await expect(status(page)).toContainText('Paid', { timeout: 15_000 });
  await expect(page.getByRole('link', { name: /invoice/i }).first()).toBeVisible();

  // The bank may deliver the same notification again: answered, nothing changes.
  const again = await request.post('/api/payments/webhook', signedWebhook(transfer));
  expect(await again.json()).toMatchObject({ result: 'duplicate' });
});

test('an underpaid transfer waits in /admin/payments until an admin links it', async ({ page, browser, request }) => {
  const underpaidSlug = seedWorkflows
    .map((w) => slugify(w.title))
    .filter((s) => !EXPIRED_SLUGS.includes(s))
    .at(-3)!;
  await registerUser(page, {}, `/workflows/${underpaidSlug}`);
  await page.getByRole('button', { name: 'Buy now' }).click();
  await expect(page).toHaveURL(/\/checkout\/[0-9a-f-]{36}$/);
  const reference = (await page.getByText(REFERENCE_PATTERN).first().innerText()).match(REFERENCE_PATTERN)![0];
  const transfer = {
    id: `FT${Date.now()}U`,
    accountNumber: '0000123456789',
    amount: 1000,
    content: `${reference} thieu`,
    transactionDate: new Date().toISOString(),
  };
  const response = await request.post('/api/payments/webhook', signedWebhook(transfer));
  expect(await response.json()).toMatchObject({ result: 'unmatched', reason: 'underpaid' });

  const admin = await browser.newPage();
  await signIn(admin, DEMO.admin, '/admin/payments');
  const row = admin.getByRole('row').filter({ hasText: transfer.id });
  await expect(row).toContainText('Less than the purchase amount');
  await row.getByLabel('Transfer reference').fill(reference);
  await row.getByRole('button', { name: 'Link and approve' }).click();
  // Linked: it leaves the unmatched list and is listed as matched, with the purchase's reference.
  await expect(row).toHaveCount(0);
  await admin.goto('/admin/payments?status=MATCHED');
  await expect(admin.getByRole('row').filter({ hasText: transfer.id })).toContainText(reference);
  await admin.close();

  await expect(status(page)).toContainText('Paid', { timeout: 15_000 });
});

test('a sale a signed bank notification approves moves its workflow up in "Best selling" for a visitor and a shopper', async ({
  page,
  browser,
  request,
}) => {
  test.slow(); // two workflows made, bought, approved and removed through the screens
  await signIn(page, DEMO.admin, '/admin/workflows/new');
  const { word, first, second } = await twoUnsoldWorkflows(page);
  const { visitor, shopper } = await visitorAndShopper(browser);
  for (const reader of [visitor, shopper]) expect(await bestSelling(reader, word)).toEqual([first, second]);

  const { reference, amount } = await buy(shopper, await slugOf(visitor, second));
  const transfer = {
    id: `FT${Date.now()}S`,
    accountNumber: '0000123456789',
    amount,
    content: `${reference} thanh toan`,
    transactionDate: new Date().toISOString(),
  };
  const response = await request.post('/api/payments/webhook', signedWebhook(transfer));
  expect(await response.json()).toMatchObject({ result: 'matched' });

  for (const reader of [visitor, shopper]) expect(await bestSelling(reader, word)).toEqual([second, first]);

  for (const title of [first, second]) await removeWorkflow(page, title);
});
