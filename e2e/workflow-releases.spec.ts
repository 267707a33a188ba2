import type { Page } from '@playwright/test';
import { DEMO, expect, signIn, test } from './fixtures';

// Seeded active workflows with release 1.0.0 only (the seed is deterministic).
const SLUG = 'github-pull-request-reminders-in-slack';
// A workflow with a seeded history (db/seed/demo-releases.ts): 1.0.0, 1.1.0, 1.1.1.
const HISTORY_SLUG = 'turn-rss-articles-into-linkedin-posts-with-openai';

const definition = JSON.stringify({
  name: 'Release test',
  nodes: [
    { id: 'a', name: 'Webhook', type: 'n8n-nodes-base.webhook', typeVersion: 2, position: [0, 0], parameters: {} },
    {
      id: 'b',
      name: 'Post to Slack',
      type: 'n8n-nodes-base.slack',
      typeVersion: 2.2,
      position: [220, 0],
      parameters: { text: 'secret-parameter-value' },
      credentials: { slackApi: { id: '1', name: 'secret-credential-name' } },
    },
  ],
  connections: { Webhook: { main: [[{ node: 'Post to Slack', type: 'main', index: 0 }]] } },
});

async function openAdminWorkflow(page: Page, slug: string) {
  await signIn(page, DEMO.admin, `/admin/workflows?q=${slug}`);
  await page.locator(`a[href*="/admin/workflows/"]`).filter({ hasNotText: 'New' }).first().click();
  await expect(page.getByRole('heading', { name: 'Publish a new release' })).toBeVisible();
  return page.getByRole('region', { name: 'Publish a new release' });
}

async function fillRelease(section: ReturnType<Page['getByRole']>, version: string, changelog: string) {
  await section.getByLabel('Version').fill(version);
  await section.getByLabel('Changelog').fill(changelog);
  await section.getByLabel('Workflow JSON', { exact: true }).fill(definition);
  await section.getByRole('button', { name: 'Publish release' }).click();
}

test('an admin publishes 1.1.0 → the page shows "v1.1.0" and the history with what changed; no secrets', async ({
  page,
}) => {
  // A retry finds the first attempt's release published: its version grows with the retry.
  const version = `1.${test.info().retry + 1}.0`;
  const section = await openAdminWorkflow(page, SLUG);
  await fillRelease(section, version, '### Changed\n- Posts **straight to Slack** now.');
  await expect(section.getByText(`Version ${version} is published.`)).toBeVisible();

  await page.goto(`/workflows/${SLUG}`);
  await expect(page.getByText(`· v${version}`, { exact: false })).toBeVisible();
  const history = page.getByRole('region', { name: 'Release history' });
  const latest = history.getByRole('listitem', { name: `v${version}` });
  // The changelog's own heading sits below the release's.
  await expect(latest.getByRole('heading', { level: 4, name: 'Changed', exact: true })).toBeVisible();
  await expect(latest.getByRole('strong')).toHaveText('straight to Slack');
  await expect(latest.getByText('What changed')).toBeVisible();
  await expect(latest.getByText(/New step|Removed step/).first()).toBeVisible();
  await expect(history.getByRole('listitem', { name: 'v1.0.0' })).toContainText('First release.');
  const html = await page.content();
  expect(html).not.toContain('secret-parameter-value');
  expect(html).not.toContain('secret-credential-name');

  // A version that does not grow is refused next to the field.
  const again = await openAdminWorkflow(page, SLUG);
  await fillRelease(again, '1.0.5', 'Older');
  await expect(again.getByLabel('Version')).toHaveAttribute('aria-invalid', 'true');
  // Told next to the field and in the form's message.
  await expect(
    again.getByText(`The version must be greater than the latest release, ${version}.`).first(),
  ).toBeVisible();
});

test('a seeded history shows every release, newest first', async ({ page }) => {
  await page.goto(`/workflows/${HISTORY_SLUG}`);
  await expect(page.getByText(/Updated .* · v1\.1\.1/)).toBeVisible();
  const items = page.getByRole('region', { name: 'Release history' }).getByRole('heading', { level: 3 });
  await expect(items).toHaveText([/^v1\.1\.1/, /^v1\.1\.0/, /^v1\.0\.0/]);
});
