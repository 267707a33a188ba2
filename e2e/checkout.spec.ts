import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import postgres from 'postgres';
import { EXPIRED_SLUGS } from '../db/seed/demo-catalog';
import { seedWorkflows, slugify } from '../db/seed/content';
import { REFERENCE_PATTERN } from '../lib/payments/reference';
import { parseVietQrPayload } from '../tests/helpers/vietqr-parser';
import { DEMO, hasDirectDb, registerUser, test } from './fixtures';
import { decodeQrPng } from './support/qr';

/** Demo workflows that are for sale, in seed order; each test buys a different one. */
const forSale = seedWorkflows.map((w) => slugify(w.title)).filter((slug) => !EXPIRED_SLUGS.includes(slug));

const status = (page: Page) => page.getByRole('status').filter({ hasText: /Pending|Paid|Rejected|Cancelled/ });

/** The value beside a term of the checkout's order summary ("Workflow", "Price", …). */
const summary = (page: Page, term: string) =>
  page.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]').first();

/** Buys `slug` as the signed-in user; answers the purchase id, and the title and price the checkout shows. */
async function buy(page: Page, slug: string) {
  await page.goto(`/workflows/${slug}`);
  await page.getByRole('button', { name: 'Buy now' }).click();
  await expect(page).toHaveURL(/\/checkout\/[0-9a-f-]{36}$/);
  const purchaseId = page.url().split('/').pop()!;
  const title = await summary(page, 'Workflow').innerText();
  const price = `${(await summary(page, 'Price').innerText()).replace(/\D/g, '')}.00`;
  return { purchaseId, title, price };
}

/** Scans the QR on the page the way a phone would: screenshot → pixels → text → VietQR fields. */
async function scanQr(page: Page) {
  const qr = page.getByRole('img', { name: 'Payment QR code' });
  await expect(qr).toBeVisible();
  return parseVietQrPayload(decodeQrPng(await qr.screenshot()));
}

async function downloadText(page: Page, link: ReturnType<Page['getByRole']>) {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: download.suggestedFilename(), body: await readFile(await download.path()) };
}

test('buy → scan the QR back to the amount and reference → others get 404 → cancel', async ({ page, browser }) => {
  await registerUser(page);
  const { purchaseId, price } = await buy(page, forSale[0]!);
  await expect(status(page)).toContainText('Pending');

  const scanned = await scanQr(page);
  const reference = (await page.getByText(REFERENCE_PATTERN).first().innerText()).match(REFERENCE_PATTERN)![0];
  expect(scanned).toMatchObject({
    amount: price,
    reference,
    bankBin: '970436',
    accountNumber: '0000123456789',
    currency: '704',
  });
  for (const label of ['bank name', 'account number', 'account holder', 'amount', 'transfer reference']) {
    await expect(page.getByRole('button', { name: `Copy ${label}` })).toBeVisible();
  }

  // Clicking "Buy now" again goes back to the same open purchase.
  await page.goto(`/workflows/${forSale[0]}`);
  await page.getByRole('link', { name: 'Continue payment' }).click();
  await expect(page).toHaveURL(new RegExp(`/checkout/${purchaseId}$`));

  // Somebody else: the checkout page and its status are not found.
  const other = await browser.newPage();
  await registerUser(other);
  const res = await other.goto(`/checkout/${purchaseId}`);
  expect(res?.status()).toBe(404);
  expect((await other.request.get(`/api/purchases/${purchaseId}/status`)).status()).toBe(404);
  await other.close();

  // One click only asks (issue 13): "Keep purchase" changes nothing; "Yes, cancel purchase" cancels.
  await page.getByRole('button', { name: 'Cancel purchase' }).click();
  const ask = page.getByRole('dialog', { name: /Cancel this purchase\?/ });
  await ask.getByRole('button', { name: 'Keep purchase' }).click();
  await expect(ask).toBeHidden();
  await expect(status(page)).toContainText('Pending');
  await page.getByRole('button', { name: 'Cancel purchase' }).click();
  await ask.getByRole('button', { name: 'Yes, cancel purchase' }).click();
  await expect(status(page)).toContainText('Cancelled');
  await expect(status(page)).not.toContainText('Rejected');
  await expect(status(page)).toContainText('cancelled by you');
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toHaveCount(0);
});

test('a signed-out visitor presses Buy now, signs in, and comes back to buy', async ({ page }) => {
  await page.goto(`/workflows/${forSale[1]}`);
  await page.getByRole('button', { name: 'Buy now' }).click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fworkflows%2F/);
  await page.getByLabel('Email').fill(DEMO.shopper.email);
  await page.getByLabel('Password').fill(DEMO.shopper.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`/workflows/${forSale[1]}$`));
  const cta = page
    .getByRole('button', { name: 'Buy now' })
    .or(page.getByRole('link', { name: /Continue payment|Open in library/ }));
  await expect(cta.first()).toBeVisible();
});

test('approved while watching: the page flips to Paid by itself, then the invoice PDF and the workflow JSON download', async ({
  page,
  browser,
}) => {
  test.skip(
    !hasDirectDb,
    'The approval runs the data layer against the server’s database: set TEST_DATABASE_URL (Postgres).',
  );
  await registerUser(page);
  const slug = forSale[2]!;
  const { purchaseId, title, price } = await buy(page, slug);
  await expect(status(page)).toContainText('Pending');
  // The row behind the page: the workflow's price at the moment of buying, and the reference in the QR.
  const sql = postgres(process.env.E2E_DATABASE_URL!, { max: 1 });
  const [row] = await sql<{ amount: string; price: string; reference: string }[]>`
    select p.amount::text as amount, w.price::text as price, p.transfer_reference as reference
    from purchases p join workflows w on w.id = p.workflow_id where p.id = ${purchaseId}`;
  await sql.end();
  expect(row).toEqual({ amount: price, price, reference: expect.stringMatching(REFERENCE_PATTERN) });
  expect(await scanQr(page)).toMatchObject({ amount: price, reference: row!.reference });

  execFileSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'e2e/support/approve-purchase.ts', purchaseId, DEMO.admin.email],
    { env: { ...process.env }, stdio: 'pipe' },
  );
  // No reload: the status polls and the page refreshes its server parts on its own.
  await expect(status(page)).toContainText('Paid', { timeout: 15_000 });
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toHaveCount(0);

  await page.getByRole('link', { name: 'View invoice' }).click();
  await expect(page.getByRole('heading', { name: /Invoice INV-\d{4}-\d{6}/ })).toBeVisible();
  const invoiceUrl = page.url();
  const pdf = await downloadText(page, page.getByRole('link', { name: 'Download PDF' }));
  expect(pdf.name).toMatch(/^INV-\d{4}-\d{6}\.pdf$/);
  expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');

  await page.goto('/account/library');
  await page.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/account/library/${slug}$`));
  const json = await downloadText(page, page.getByRole('link', { name: 'Download workflow JSON' }));
  expect(json.name).toBe(`${slug}.json`);
  const definition = JSON.parse(json.body.toString()) as { nodes: unknown[]; connections: object };
  expect(definition.nodes.length).toBeGreaterThan(1);
  const guide = await downloadText(page, page.getByRole('link', { name: 'Download Setup guide' }));
  expect(guide.body.toString()).toMatch(/^# Setup guide: /);

  // Paid files and the invoice stay closed to everybody else.
  const other = await browser.newPage();
  await registerUser(other);
  expect((await other.request.get(`/api/library/${slug}/workflow`)).status()).toBe(404);
  expect((await other.request.get(`${invoiceUrl.replace('/account/invoices/', '/api/invoices/')}/pdf`)).status()).toBe(
    404,
  );
  expect((await other.goto(invoiceUrl))?.status()).toBe(404);
  await other.close();
});
