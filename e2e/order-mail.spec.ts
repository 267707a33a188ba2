import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from '@playwright/test';
import { seedWorkflows, slugify } from '../db/seed/content';
import { EXPIRED_SLUGS } from '../db/seed/demo-catalog';
import { buy } from './support/buy';
import { decodeQrPng } from './support/qr';
import { DEMO, expect, registerUser, signIn, test } from './fixtures';
import { hasMailSink, mailsTo, waitForMail } from './mail';

/** Issue 13 items 4 and 5: the buyer's order emails and the admins' alerts, as delivered through SMTP. */
const forSale = seedWorkflows.map((w) => slugify(w.title)).filter((slug) => !EXPIRED_SLUGS.includes(slug));

test.skip(!hasMailSink, 'needs the e2e mail sink (npm run test:e2e)');

async function adminPage(browser: Browser, path = '/admin/purchases'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, DEMO.admin, path);
  return page;
}

const badge = (page: Page) => page.getByRole('link', { name: /purchases? waiting for approval$/ });
async function badgeCount(page: Page): Promise<number> {
  return Number(/\d+/.exec(await badge(page).innerText())![0]);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('buying mails the order: reference, amount, checkout link and the QR as an inline PNG', async ({ page }) => {
    const shopper = await registerUser(page);
    const { reference } = await buy(page, forSale[10]!);
    const checkoutUrl = page.url();

    const mail = await waitForMail(shopper.email, new RegExp(`reference ${reference}$`));
    expect(mail.text).toContain(reference);
    expect(mail.text).toMatch(/Amount: [\d.]+\s₫/);
    expect(mail.text).toContain(checkoutUrl);
    expect(mail.text).toMatch(/Pay by: \d{1,2} \w{3} \d{4}, \d{2}:\d{2}/);
    expect(mail.html).toContain('src="cid:payment-qr"');
    const qr = mail.attachments.find((a) => a.cid === 'payment-qr');
    expect(qr?.contentType).toBe('image/png');
    // The image is a scannable VietQR code carrying the reference as the transfer content.
    expect(decodeQrPng(qr!.content)).toContain(reference);
  });
});

test('approval mails the receipt with the invoice PDF; rejection mails the admin’s reason', async ({
  page,
  browser,
}) => {
  const shopper = await registerUser(page);
  const paid = await buy(page, forSale[11]!);
  const refused = await buy(page, forSale[12]!);
  const admin = await adminPage(browser);

  await admin.goto(`/admin/purchases?q=${paid.reference}`);
  await admin
    .getByRole('row')
    .filter({ hasText: paid.reference })
    .getByRole('button', { name: 'Approve', exact: true })
    .click();
  await expect(admin.getByRole('row').filter({ hasText: paid.reference })).toHaveCount(0);
  const receipt = await waitForMail(shopper.email, /^Payment received/);
  const invoiceNumber = /INV-\d{4}-\d+/.exec(receipt.subject)![0];
  expect(receipt.text).toContain(paid.reference);
  expect(receipt.text).toMatch(/\/account\/library\/[\w-]+/);
  const pdf = receipt.attachments.find((a) => a.filename === `${invoiceNumber}.pdf`);
  expect(pdf?.contentType).toBe('application/pdf');
  expect((await PDFDocument.load(pdf!.content)).getTitle()).toBe(invoiceNumber);

  await admin.goto(`/admin/purchases?q=${refused.reference}`);
  const row = admin.getByRole('row').filter({ hasText: refused.reference });
  await row.getByRole('button', { name: 'Reject' }).click();
  await row.getByLabel('Reason').fill('The transfer carried another amount; please pay again.');
  await row.getByRole('button', { name: 'Reject' }).click();
  await expect(admin.getByRole('row').filter({ hasText: refused.reference })).toHaveCount(0);
  const rejection = await waitForMail(shopper.email, /was not accepted$/);
  expect(rejection.text).toContain('The transfer carried another amount; please pay again.');
  expect(rejection.text).toContain(refused.reference);
  // One receipt, one rejection: nothing was sent twice.
  expect(await mailsTo(shopper.email, /^Payment received/)).toHaveLength(1);
});

test('admins get a notice and a mail per order, none with the digest setting; the header badge counts the queue', async ({
  page,
  browser,
}) => {
  const admin = await adminPage(browser, '/account/settings');
  const orderAlerts = admin.getByRole('region', { name: 'Order alerts' });
  const save = async (option: string) => {
    await orderAlerts.getByLabel('Order alerts').selectOption({ label: option });
    await orderAlerts.getByRole('button', { name: 'Save order alerts' }).click();
    await expect(orderAlerts.getByText(/^Saved:/)).toBeVisible();
  };

  try {
    await admin.goto('/admin');
    const before = await badgeCount(admin);

    // "Each order": a notice and a mail for the new order.
    const shopper = await registerUser(page);
    const first = await buy(page, forSale[13]!);
    const alert = await waitForMail(DEMO.admin.email, new RegExp(`^New order ${first.reference}:`));
    expect(alert.text).toMatch(/\/admin\/purchases\/[0-9a-f-]{36}/);
    await admin.goto('/account/notifications');
    await expect(admin.getByText(new RegExp(`reference ${first.reference}`))).toBeVisible();
    await admin.goto('/admin');
    await expect.poll(() => badgeCount(admin)).toBe(before + 1);
    await badge(admin).click();
    await expect(admin).toHaveURL(/\/admin\/purchases\?status=PENDING$/);
    await expect(admin.getByRole('row').filter({ hasText: first.reference })).toBeVisible();

    // "Digest": the notice still comes, the mail waits for the hourly digest.
    await admin.goto('/account/settings');
    await save('One email an hour (digest)');
    await admin.reload();
    await expect(orderAlerts.getByLabel('Order alerts')).toHaveValue('digest');
    const second = await buy(page, forSale[14]!);
    await admin.goto('/account/notifications');
    await expect(admin.getByText(new RegExp(`reference ${second.reference}`))).toBeVisible();
    // The order's own mails went out (the buyer's confirmation), yet none to the admin for it.
    await waitForMail(shopper.email, new RegExp(`reference ${second.reference}$`));
    expect(await mailsTo(DEMO.admin.email, new RegExp(`^New order ${second.reference}:`))).toHaveLength(0);
    await admin.goto('/admin');
    await expect.poll(() => badgeCount(admin)).toBe(before + 2);
  } finally {
    await admin.goto('/account/settings');
    await save('An email for each new order');
  }
});
