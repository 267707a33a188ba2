import type { Browser, Page } from '@playwright/test';
import { seedWorkflows, slugify } from '../db/seed/content';
import { REFERENCE_PATTERN } from '../lib/payments/reference';
import { EXPIRED_SLUGS } from '../db/seed/demo-catalog';
import { bestSelling, removeWorkflow, slugOf, twoUnsoldWorkflows, visitorAndShopper } from './support/admin-workflows';
import { buy } from './support/buy';
import { signedWebhook } from './support/webhook';
import { DEMO, expect, registerUser, signIn, test } from './fixtures';

/** Demo workflows for sale; each purchase below is made by a new shopper, so any of them will do. */
const forSale = seedWorkflows.map((w) => slugify(w.title)).filter((slug) => !EXPIRED_SLUGS.includes(slug));

const checkoutStatus = (page: Page) => page.getByRole('status').filter({ hasText: /Pending|Paid|Rejected|Cancelled/ });

/** A new shopper buys a demo workflow and stays on its checkout page; answers the transfer reference. */
async function shopperBuys(page: Page, slug: string): Promise<string> {
  await registerUser(page, {}, `/workflows/${slug}`);
  await page.getByRole('button', { name: 'Buy now' }).click();
  await expect(page).toHaveURL(/\/checkout\/[0-9a-f-]{36}$/);
  await expect(checkoutStatus(page)).toContainText('Pending');
  return (await page.getByText(REFERENCE_PATTERN).first().innerText()).match(REFERENCE_PATTERN)![0];
}

/** An admin, in a browser context of their own, on the queue filtered to one transfer reference. */
async function adminQueue(browser: Browser, reference: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, DEMO.admin, `/admin/purchases?q=${reference}`);
  await expect(page.getByRole('row').filter({ hasText: reference })).toBeVisible();
  return page;
}

test('the admin approves a pending purchase and the shopper’s checkout flips to Paid; a second admin is told', async ({
  page,
  browser,
}) => {
  const reference = await shopperBuys(page, forSale[6]!);
  const admin = await adminQueue(browser, reference);
  const late = await adminQueue(browser, reference);

  const row = admin.getByRole('row').filter({ hasText: reference });
  await row.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(admin.getByRole('row').filter({ hasText: reference })).toHaveCount(0);
  // The row is gone; the queue says what happened (issue 13 item 16).
  await expect(
    admin.locator('main').getByText(/^Approved 1 purchase\. Invoice INV-\d{4}-\d{6} issued\.$/),
  ).toBeVisible();
  await expect(checkoutStatus(page)).toContainText('Paid', { timeout: 15_000 });

  // The other admin's page still shows the purchase: their click changes nothing and says why.
  const stale = late.getByRole('row').filter({ hasText: reference });
  await stale.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(late.locator('main').getByRole('alert')).toHaveText(
    'This purchase is already paid, so it cannot be approved.',
  );

  await late.goto(`/admin/purchases?status=ACTIVE&q=${reference}`);
  await late.getByRole('link', { name: reference }).click();
  await expect(late.getByRole('region', { name: 'History' })).toContainText(`Lan Admin approved purchase`);
  await expect(late.getByText(/^INV-\d{4}-\d{6}$/)).toBeVisible();
});

test('the admin rejects a purchase with a reason and the shopper sees it', async ({ page, browser }) => {
  const reference = await shopperBuys(page, forSale[7]!);
  const admin = await adminQueue(browser, reference);
  const row = admin.getByRole('row').filter({ hasText: reference });
  await row.getByRole('button', { name: 'Reject' }).click();
  await row.getByRole('button', { name: 'Reject' }).click();
  await expect(row.getByText('Give the buyer a reason of at least 5 characters.')).toBeVisible();
  await row.getByLabel('Reason').fill('No transfer with this reference arrived.');
  await row.getByRole('button', { name: 'Reject' }).click();
  await expect(admin.getByRole('row').filter({ hasText: reference })).toHaveCount(0);

  await expect(checkoutStatus(page)).toContainText('Rejected', { timeout: 15_000 });
  await expect(checkoutStatus(page)).toContainText('No transfer with this reference arrived.');
});

test('the admin approves several purchases at once', async ({ page, browser }) => {
  const first = await shopperBuys(page, forSale[8]!);
  const other = await (await browser.newContext()).newPage();
  const second = await shopperBuys(other, forSale[9]!);
  const admin = await adminQueue(browser, first);
  await admin.goto('/admin/purchases');
  // Nothing ticked: the queue says so and nothing changes.
  await admin.getByRole('button', { name: 'Approve selected' }).click();
  await expect(admin.locator('main').getByRole('alert')).toHaveText('Select at least one purchase.');
  await admin.getByRole('checkbox', { name: `Select ${first}` }).check();
  await admin.getByRole('checkbox', { name: `Select ${second}` }).check();
  await admin.getByRole('button', { name: 'Approve selected' }).click();
  await expect(admin.getByText('Approved 2 purchases.')).toBeVisible();
  await expect(checkoutStatus(page)).toContainText('Paid', { timeout: 15_000 });
  await expect(checkoutStatus(other)).toContainText('Paid', { timeout: 15_000 });
});

test('an approved purchase moves its workflow up in "Best selling" on the next page load of a visitor and a shopper', async ({
  page,
  browser,
}) => {
  test.slow(); // two workflows made, bought, approved and removed through the screens
  await signIn(page, DEMO.admin, '/admin/workflows/new');
  const { word, first, second } = await twoUnsoldWorkflows(page);
  const { visitor, shopper } = await visitorAndShopper(browser);
  for (const reader of [visitor, shopper]) expect(await bestSelling(reader, word)).toEqual([first, second]);

  // The shopper buys the second one and an admin approves it.
  const { reference } = await buy(shopper, await slugOf(visitor, second));
  const admin = await adminQueue(browser, reference);
  await admin
    .getByRole('row')
    .filter({ hasText: reference })
    .getByRole('button', { name: 'Approve', exact: true })
    .click();
  await expect(admin.getByRole('row').filter({ hasText: reference })).toHaveCount(0);

  for (const reader of [visitor, shopper]) expect(await bestSelling(reader, word)).toEqual([second, first]);

  for (const title of [first, second]) await removeWorkflow(page, title);
});

test('the admin rejects several purchases at once with one reason; each buyer reads it', async ({ page, browser }) => {
  const first = await shopperBuys(page, forSale[10]!);
  const other = await (await browser.newContext()).newPage();
  const second = await shopperBuys(other, forSale[11]!);
  const admin = await adminQueue(browser, first);
  await admin.goto('/admin/purchases');
  await admin.getByRole('checkbox', { name: `Select ${first}` }).check();
  await admin.getByRole('checkbox', { name: `Select ${second}` }).check();
  await admin.getByRole('button', { name: 'Reject selected' }).click();
  await expect(admin.locator('main').getByRole('alert')).toHaveText(
    'Give the buyer a reason of at least 5 characters.',
  );
  await expect(admin.getByRole('row').filter({ hasText: first })).toBeVisible();
  // The refusal keeps the ticks: adding the reason is enough.
  await expect(admin.getByRole('checkbox', { name: `Select ${second}` })).toBeChecked();

  await admin.getByLabel('Reason for rejecting the selected').fill('No transfer arrived within the day.');
  await admin.getByRole('button', { name: 'Reject selected' }).click();
  await expect(admin.getByText('Rejected 2 purchases.')).toBeVisible();
  await expect(admin.getByRole('row').filter({ hasText: first })).toHaveCount(0);
  await expect(admin.getByRole('row').filter({ hasText: second })).toHaveCount(0);
  for (const buyer of [page, other]) {
    await expect(checkoutStatus(buyer)).toContainText('Rejected', { timeout: 15_000 });
    await expect(checkoutStatus(buyer)).toContainText('No transfer arrived within the day.');
  }
});

test('a transfer with the wrong amount for a reference shows on that purchase in the queue', async ({
  page,
  browser,
  request,
}) => {
  const reference = await shopperBuys(page, forSale[12]!);
  const admin = await adminQueue(browser, reference);
  const row = admin.getByRole('row').filter({ hasText: reference });
  await expect(row).not.toContainText('Wrong amount received');

  const transfer = {
    id: `FT${Date.now()}W`,
    accountNumber: '0000123456789',
    amount: 1000,
    content: `${reference} chuyen thieu`,
    transactionDate: new Date().toISOString(),
  };
  const response = await request.post('/api/payments/webhook', signedWebhook(transfer));
  expect(await response.json()).toMatchObject({ result: 'unmatched', reason: 'underpaid' });

  await admin.reload();
  await expect(row.getByRole('link', { name: /Wrong amount received: 1\.000\s₫ \(less than due\)/ })).toHaveAttribute(
    'href',
    '/admin/payments',
  );
});
