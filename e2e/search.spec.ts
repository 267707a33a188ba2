import { DEMO, expect, signIn, test } from './fixtures';
import { holdScripts } from './support/hold-scripts';

/** Issue 15: what a shopper means — accents, typos as edits, aliases, "Did you mean". Plain GET: no JavaScript. */
test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('"hoa don" without accents finds the workflows written "hóa đơn" and "hoá đơn"', async ({ page }) => {
    await page.goto('/workflows?q=hoa+don');
    const main = page.getByRole('main');
    await expect(main.getByRole('status')).toContainText('for “hoa don”');
    await expect(
      main.getByRole('link', { name: 'Monthly invoice reminders from Google Sheets via Gmail' }),
    ).toBeVisible();
    await expect(
      main.getByRole('link', { name: 'Extract invoice data from Gmail attachments with OpenAI' }),
    ).toBeVisible();
  });

  test('a swapped pair of letters finds the workflows, with a "Did you mean" link to the corrected words', async ({
    page,
  }) => {
    await page.goto('/workflows?q=zendeks');
    const main = page.getByRole('main');
    await expect(main.getByRole('status')).toContainText('similar to “zendeks”');
    await expect(main.getByRole('article').first()).toContainText(/Zendesk/);
    await main.getByRole('link', { name: 'zendesk', exact: true }).click();
    await expect(page).toHaveURL(/\/workflows\?q=zendesk$/);
    await expect(main.getByRole('status')).toContainText('for “zendesk”');
    await expect(main.getByText('Did you mean')).toHaveCount(0);
  });

  test('an alias finds the app, workflows using it first', async ({ page }) => {
    await page.goto('/workflows?q=gsheets');
    const main = page.getByRole('main');
    await expect(main.getByRole('article').first().getByRole('heading')).toContainText('Google Sheets');
    await expect(main.getByRole('link', { name: 'Google Sheets', exact: true })).toHaveAttribute(
      'href',
      '/workflows?q=Google+Sheets',
    );
  });

  test('a search over 200 characters is shortened at a word boundary and the page says so, in both languages', async ({
    page,
  }) => {
    const long = Array.from({ length: 30 }, () => 'invoice').join(' '); // 239 characters
    const response = await page.goto(`/workflows?q=${encodeURIComponent(long)}`);
    expect(response?.status()).toBe(200);
    const main = page.getByRole('main');
    await expect(main.getByText('Your search was shortened to 200 characters.')).toBeVisible();
    const kept = Array.from({ length: 25 }, () => 'invoice').join(' '); // 199 characters: 25 whole words
    await expect(page.getByLabel('Keywords')).toHaveValue(kept);
    await expect(main.getByRole('article').first()).toBeVisible();

    await page.goto(`/vi/workflows?q=${encodeURIComponent(long)}`);
    await expect(
      page.getByRole('main').getByText('Từ khóa tìm kiếm của bạn quá dài nên đã được rút gọn còn 200 ký tự.'),
    ).toBeVisible();

    // A search of 200 characters or fewer says nothing of the kind.
    await page.goto(`/workflows?q=${encodeURIComponent(kept)}`);
    await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
    await expect(page.getByText('Your search was shortened')).toHaveCount(0);
  });
});

test('the admin adds a search alias the catalog reads at once, then removes it', async ({ page }) => {
  const alias = `zz${Date.now().toString(36)}`;
  await signIn(page, DEMO.admin, '/admin/search-aliases');
  const create = page.getByRole('region', { name: 'New alias' });
  await create.getByLabel('Shoppers type').fill(alias.toUpperCase());
  await create.getByLabel('Search for').fill('Zendesk');
  await create.getByRole('button', { name: 'Add alias' }).click();
  await expect(create.getByText(`Searching “${alias}” now finds “Zendesk”.`)).toBeVisible();

  // The same alias again is a message by the field, not an error page.
  await create.getByLabel('Shoppers type').fill(alias);
  await create.getByLabel('Search for').fill('Slack');
  await create.getByRole('button', { name: 'Add alias' }).click();
  await expect(create.getByRole('alert')).toHaveText(`“${alias}” is already an alias.`);
  await expect(create.getByLabel('Shoppers type')).toHaveAttribute('aria-invalid', 'true');

  await page.goto(`/workflows?q=${alias}`);
  await expect(page.getByRole('main').getByRole('article').first()).toContainText(/Zendesk/);

  await page.goto('/admin/search-aliases');
  await page.getByRole('button', { name: `Remove alias ${alias}` }).click();
  await expect(page.getByRole('button', { name: `Remove alias ${alias}` })).toHaveCount(0);
  await page.goto(`/workflows?q=${alias}`);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(`No workflows match “${alias}”`);
});

test('suggestions while typing: "gsheet" lists Google Sheets, the keyboard chooses one', async ({ page, request }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search workflows' });
  await box.pressSequentially('gsheet');
  const list = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await expect(list.getByRole('option').first()).toHaveText(/Google Sheets/);
  await expect(list.getByRole('option', { name: /Google Sheets/ })).not.toHaveCount(0);
  expect(await list.getByRole('option').count()).toBeLessThanOrEqual(8);

  // Escape closes the list and keeps the text; Down opens it again on the first suggestion.
  await box.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(box).toHaveValue('gsheet');
  await box.press('ArrowDown');
  await box.press('ArrowDown');
  const second = list.getByRole('option').nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
  const title = (await second.textContent())!;
  await box.press('Enter');
  await expect(page).toHaveURL(/\/workflows\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  // The route itself: public JSON a browser may cache; too long a query is a 400, not an error page.
  const res = await request.get('/api/search/suggest?q=gsheet');
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toContain('public');
  const body = (await res.json()) as { suggestions: { kind: string; label: string }[] };
  expect(body.suggestions[0]).toMatchObject({ kind: 'app', label: 'Google Sheets' });
  expect((await request.get(`/api/search/suggest?q=${'x'.repeat(101)}`)).status()).toBe(400);
});

test('typing a search over 200 characters in Keywords shortens it and says so', async ({ page }) => {
  await page.goto('/workflows');
  const long = Array.from({ length: 30 }, () => 'invoice').join(' ');
  await page.getByLabel('Keywords').fill(long);
  const main = page.getByRole('main');
  // The form waits for typing to pause, then the server renders the results.
  await expect(main.getByText('Your search was shortened to 200 characters.')).toBeVisible({ timeout: 15_000 });
  await expect(main.getByRole('status')).toContainText(/workflows? (for|similar to) “invoice invoice/);
  await expect(main.getByRole('article').first()).toBeVisible();
});

test('words typed in Keywords before the page has hydrated are searched once it has, not wiped', async ({ page }) => {
  // Hold the page's scripts until the words are in, as a slow phone or a busy server does: the form's
  // mount used to reset the fields to their defaults, wiping what was typed before the words were applied.
  const release = await holdScripts(page);
  await page.goto('/workflows', { waitUntil: 'domcontentloaded' });
  await page.getByLabel('Keywords').fill('hoa don');
  release();
  await expect(page).toHaveURL(/[?&]q=hoa\+don/);
  const main = page.getByRole('main');
  await expect(main.getByRole('status')).toContainText('for “hoa don”');
  await expect(page.getByLabel('Keywords')).toHaveValue('hoa don');
});
