import type { Page } from '@playwright/test';
import { EXPIRED_SLUGS } from '../db/seed/demo-catalog';
import { seedWorkflows, slugify } from '../db/seed/content';
import { DEMO, expect, hasDirectDb, registerUser, signIn, test } from './fixtures';
import { buy } from './support/buy';
import { directDb } from './direct-db';

// Issue 13, item 1: after Preview the column pickers fell back to the first column, the column guess took
// index 0 as "not found", and the import stored rows with the date as the provider id and as the amount.
const SLUGS = seedWorkflows.map((w) => slugify(w.title)).filter((s) => !EXPIRED_SLUGS.includes(s));

/** "27/11/2026 23:40" in Vietnam time, as Vietnamese bank statements print it. */
function bankDate(date = new Date()): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((x) => [x.type, x.value]),
  );
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** 149000 → "149.000": Vietnamese thousands dots. */
const vnd = (amount: number) => amount.toLocaleString('de-DE');

async function upload(admin: Page, csv: string) {
  await admin
    .getByLabel('Bank statement (CSV)')
    .setInputFiles({ name: 'statement.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
}

const picker = (admin: Page, label: string) => admin.getByLabel(label, { exact: true });

async function storedRows(ids: string[]) {
  const sql = directDb();
  try {
    return await sql<{ id: string; amount: string; status: string }[]>`
      select provider_transaction_id as id, amount::text as amount, status::text as status
      from bank_transactions where provider = 'csv' and provider_transaction_id in ${sql(ids)}
      order by provider_transaction_id`;
  } finally {
    await sql.end();
  }
}

test('a Vietnamese statement keeps its columns through Preview and approves the exact match', async ({
  page,
  browser,
}) => {
  await registerUser(page);
  const { reference, amount } = await buy(page, SLUGS.at(-7)!);
  const id = `FT${Date.now()}`;
  const csv = `Ngày GD,Số tiền,Nội dung,Mã GD\r\n${bankDate()},"${vnd(amount)}",${reference} chuyen tien,${id}\r\n`;

  const admin = await browser.newPage();
  await signIn(admin, DEMO.admin, '/admin/payments');
  await upload(admin, csv);
  // Guessed from the header, the first column included.
  const chosen = { 'Date column': '0', 'Amount column': '1', 'Content column': '2', 'Transaction ID column': '3' };
  for (const [label, value] of Object.entries(chosen)) await expect(picker(admin, label)).toHaveValue(value);

  await admin.getByRole('button', { name: 'Preview' }).click();
  const row = admin.getByRole('row').filter({ hasText: id });
  await expect(row).toContainText(`Will approve ${reference}`);
  // The pickers still show the columns the preview was made with.
  for (const [label, value] of Object.entries(chosen)) await expect(picker(admin, label)).toHaveValue(value);
  // Another column after Preview: Approve waits for a new Preview of what it would import.
  await picker(admin, 'Content column').selectOption('3');
  await expect(admin.getByText('The file or a column changed: Preview again before approving.')).toBeVisible();
  await expect(admin.getByRole('button', { name: /Approve exact matches/ })).toBeDisabled();
  await picker(admin, 'Content column').selectOption('2');

  await admin.getByRole('button', { name: 'Approve exact matches (1)' }).click();
  await expect(admin.getByText(/Imported 1 row\(s\): 1 purchase\(s\) approved/)).toBeVisible();

  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /Pending|Paid|Rejected/ })).toContainText('Paid');
  if (hasDirectDb) expect(await storedRows([id])).toEqual([{ id, amount: `${amount}.00`, status: 'MATCHED' }]);
  await admin.close();
});

test('columns the admin picks survive Preview, and rows whose amount does not read are refused, not stored', async ({
  page,
  browser,
}) => {
  await registerUser(page);
  const { reference, amount } = await buy(page, SLUGS.at(-8)!);
  const stamp = Date.now();
  const good = `FT${stamp}G`;
  const dateAsAmount = `FT${stamp}D`;
  const ambiguous = `FT${stamp}A`;
  const when = bankDate();
  // Columns the guess cannot place: amount, content, id, date.
  const csv = [
    'c1,c2,c3,c4',
    `"${vnd(amount)} ₫",${reference} chuyen tien,${good},${when}`,
    `${when},USIZZZZZZZZ lech cot,${dateAsAmount},${when}`,
    `"149.000.00",USIYYYYYYYY,${ambiguous},${when}`,
  ].join('\n');

  const admin = await browser.newPage();
  await signIn(admin, DEMO.admin, '/admin/payments');
  await upload(admin, csv);
  // Every picker on the first column (what the form posted after Preview before): refused next to the picker.
  for (const label of ['Transaction ID column', 'Date column', 'Amount column', 'Content column'])
    await picker(admin, label).selectOption('0');
  await admin.getByRole('button', { name: 'Preview' }).click();
  await expect(admin.getByText('That column is already the transaction id column: choose another.')).toBeVisible();
  await expect(admin.getByRole('button', { name: /Approve exact matches/ })).toBeDisabled();

  const chosen = { 'Amount column': '0', 'Content column': '1', 'Transaction ID column': '2', 'Date column': '3' };
  for (const [label, value] of Object.entries(chosen)) await picker(admin, label).selectOption(value);

  await admin.getByRole('button', { name: 'Preview' }).click();
  await expect(admin.getByRole('row').filter({ hasText: good })).toContainText(`Will approve ${reference}`);
  for (const [label, value] of Object.entries(chosen)) await expect(picker(admin, label)).toHaveValue(value);
  await expect(admin.getByRole('row').filter({ hasText: /^\s*3\b/ })).toContainText(
    `Unreadable: not an amount: "${when}"`,
  );
  await expect(admin.getByRole('row').filter({ hasText: /^\s*4\b/ })).toContainText(
    'Unreadable: not an amount: "149.000.00"',
  );

  await admin.getByRole('button', { name: 'Approve exact matches (1)' }).click();
  await expect(admin.getByText(/Imported 1 row\(s\): 1 purchase\(s\) approved/)).toBeVisible();
  await expect(admin.getByText(/2 row\(s\) refused/)).toBeVisible();
  await expect(admin.getByText(`Line 3: not an amount: "${when}"`)).toBeVisible();
  await expect(admin.getByText('Line 4: not an amount: "149.000.00"')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /Pending|Paid|Rejected/ })).toContainText('Paid');
  if (hasDirectDb) {
    expect(await storedRows([good, dateAsAmount, ambiguous])).toEqual([
      { id: good, amount: `${amount}.00`, status: 'MATCHED' },
    ]);
  }
  await admin.close();
});
