/**
 * The buyer's library gets releases and a signed "Import into n8n" URL (issue 17): an admin publishes a
 * new release of a workflow a shopper owns; the shopper sees "Update available", downloads the new
 * release (the badge goes), gets the import URL and fetches it without a cookie, as n8n's server would.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { request as playwrightRequest, type Page } from '@playwright/test';
import { directDb } from './direct-db';
import { DEMO, expect, hasDirectDb, registerUser, signIn, test } from './fixtures';
import { buy } from './support/buy';

// A seeded workflow for sale with release 1.0.0 only, which no other spec publishes to.
const SLUG = 'ai-email-triage-with-openai-and-gmail';

const definition = {
  name: 'Triage, improved',
  nodes: [
    {
      id: 'a',
      name: 'Gmail Trigger',
      type: 'n8n-nodes-base.gmailTrigger',
      typeVersion: 1,
      position: [0, 0],
      parameters: {},
    },
    { id: 'b', name: 'Label', type: 'n8n-nodes-base.gmail', typeVersion: 2, position: [220, 0], parameters: {} },
  ],
  connections: { 'Gmail Trigger': { main: [[{ node: 'Label', type: 'main', index: 0 }]] } },
};

async function downloadText(page: Page, link: ReturnType<Page['getByRole']>) {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: download.suggestedFilename(), body: await readFile(await download.path()) };
}

const card = (page: Page) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /triage/i }) });

test('a buyer sees "Update available", downloads the new release and imports it into n8n by URL', async ({
  page,
  browser,
  baseURL,
}) => {
  test.skip(!hasDirectDb, 'The approval runs the data layer against the server’s database: set TEST_DATABASE_URL.');
  // A purchase, an approval, a publish by the admin and the buyer's pages: several journeys in one.
  test.slow();
  await registerUser(page);
  await buy(page, SLUG);
  const purchaseId = page.url().split('/').pop()!;
  execFileSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'e2e/support/approve-purchase.ts', purchaseId, DEMO.admin.email],
    { env: { ...process.env }, stdio: 'pipe' },
  );

  await page.goto('/account/library');
  await expect(card(page)).toContainText('v1.0.0');
  await expect(card(page).getByText('Update available')).toHaveCount(0);

  // The admin publishes a new release (a retry finds the first attempt's: its version grows).
  const version = `1.${test.info().retry + 1}.0`;
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.admin, `/admin/workflows?q=${SLUG}`);
  await admin.locator(`a[href*="/admin/workflows/"]`).filter({ hasNotText: 'New' }).first().click();
  const publish = admin.getByRole('region', { name: 'Publish a new release' });
  await publish.getByLabel('Version').fill(version);
  await publish.getByLabel('Changelog').fill('Labels mail straight away.');
  await publish.getByLabel('Workflow JSON', { exact: true }).fill(JSON.stringify(definition));
  await publish.getByRole('button', { name: 'Publish release' }).click();
  await expect(publish.getByText(`Version ${version} is published.`)).toBeVisible();
  await adminContext.close();

  await page.goto('/account/library');
  await expect(card(page)).toContainText(`v${version}`);
  await expect(card(page).getByText('Update available')).toBeVisible();

  await card(page).getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/account/library/${SLUG}$`));
  const releases = page.getByRole('region', { name: 'Releases' });
  await expect(releases.getByRole('listitem')).toHaveCount(2);
  await expect(releases.getByRole('listitem', { name: 'v1.0.0' })).toBeVisible();
  const file = await downloadText(page, releases.getByRole('link', { name: `Download v${version}` }));
  expect(file.name).toBe(`${SLUG}-${version}.json`);
  expect(JSON.parse(file.body.toString())).toMatchObject({ name: 'Triage, improved' });

  await page.goto('/account/library');
  await expect(card(page)).toContainText(`v${version}`);
  await expect(card(page).getByText('Update available')).toHaveCount(0);

  // Import into n8n: a form (no script needed) shows a freshly signed URL and the three steps.
  await page.goto(`/account/library/${SLUG}`);
  const importer = page.getByRole('region', { name: 'Import into n8n' });
  await expect(importer.getByLabel('Version')).toHaveValue(/[0-9a-f-]{36}/);
  await importer.getByRole('button', { name: 'Get an import URL' }).click();
  const urlField = importer.getByRole('textbox', { name: `Import URL for v${version}` });
  await expect(urlField).toBeVisible();
  await expect(importer.getByRole('listitem')).toHaveCount(3);
  await expect(importer).toContainText('Import from URL');
  const importUrl = await urlField.inputValue();
  expect(importUrl).toMatch(/\/api\/n8n-import\/[\w.-]+$/);
  const path = new URL(importUrl).pathname;

  // As n8n's server fetches it: no cookie.
  const n8n = await playwrightRequest.newContext({ baseURL });
  try {
    const fetched = await n8n.get(path);
    expect(fetched.status()).toBe(200);
    expect(fetched.headers()['cache-control']).toBe('no-store');
    expect(await fetched.json()).toMatchObject({ name: 'Triage, improved', nodes: [{ name: 'Gmail Trigger' }, {}] });

    const [p, r, e, s] = path.split('/').pop()!.split('.') as [string, string, string, string];
    const tampered = `/api/n8n-import/${p}.${r}.${Number(e) + 3600}.${s}`;
    expect((await n8n.get(tampered)).status()).toBe(403);
    const otherSig = `/api/n8n-import/${p}.${r}.${e}.${s[0] === 'A' ? 'B' : 'A'}${s.slice(1)}`;
    expect((await n8n.get(otherSig)).status()).toBe(403);

    // The purchase no longer ACTIVE: the same, still unexpired URL is refused.
    const sql = directDb();
    try {
      await sql`update purchases set status = 'REJECT' where id = ${purchaseId}`;
      expect((await n8n.get(path)).status()).toBe(403);
    } finally {
      await sql`update purchases set status = 'ACTIVE' where id = ${purchaseId}`;
      await sql.end();
    }
  } finally {
    await n8n.dispose();
  }
});
