/**
 * Update notices (issue 17): an admin publishes a new release of a workflow a shopper owns, through the
 * admin form (with JavaScript, and without it); the shopper finds the notice in the bell and on the
 * notifications page, and the email ("v1.1.0 of … is out" with what changed) in the mail sink.
 */
import type { Browser, Page } from '@playwright/test';
import { buy } from './support/buy';
import { DEMO, expect, registerUser, signIn, test, type TestUser } from './fixtures';
import { hasMailSink, waitForMail } from './mail';

const definition = JSON.stringify({
  name: 'Release notice test',
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

/** A new shopper who owns `slug`: bought at checkout, approved by the admin in the queue. */
async function newOwner(browser: Browser, slug: string): Promise<{ shopper: Page; user: TestUser }> {
  const shopper = await (await browser.newContext({ javaScriptEnabled: true })).newPage();
  const user = await registerUser(shopper);
  const { reference } = await buy(shopper, slug);
  const admin = await (await browser.newContext({ javaScriptEnabled: true })).newPage();
  await signIn(admin, DEMO.admin, `/admin/purchases?q=${reference}`);
  await admin
    .getByRole('row')
    .filter({ hasText: reference })
    .getByRole('button', { name: 'Approve', exact: true })
    .click();
  await expect(admin.locator('main').getByText(/^Approved 1 purchase\./)).toBeVisible();
  await admin.context().close();
  return { shopper, user };
}

/** The admin publishes `version` of `slug` through the "Publish a new release" form. */
async function publish(page: Page, slug: string, version: string) {
  await signIn(page, DEMO.admin, `/admin/workflows?q=${slug}`);
  await page.locator(`a[href*="/admin/workflows/"]`).filter({ hasNotText: 'New' }).first().click();
  const section = page.getByRole('region', { name: 'Publish a new release' });
  await section.getByLabel('Version').fill(version);
  await section.getByLabel('Changelog').fill('Posts to Slack now.');
  await section.getByLabel('Workflow JSON', { exact: true }).fill(definition);
  await section.getByRole('button', { name: 'Publish release' }).click();
  await expect(page.getByText(`Version ${version} is published.`)).toBeVisible();
}

async function expectMail(user: TestUser, subject: string, slug: string) {
  const mail = await waitForMail(user.email, subject);
  expect(mail.text).toContain(`Hello ${user.name},`);
  expect(mail.text).toMatch(/What changed: .*steps? (added|removed)/);
  expect(mail.text).toMatch(new RegExp(`Open your library: https?://\\S+/account/library/${slug}`));
  expect(`${mail.text}${mail.html}`).not.toContain('secret-parameter-value');
  expect(`${mail.text}${mail.html}`).not.toContain('secret-credential-name');
}

test('the owner of a workflow is told of its new release: the bell, the notifications page and an email', async ({
  page,
  browser,
}) => {
  test.skip(!hasMailSink, 'reads the mail the app sent');
  test.slow(); // a purchase, its approval and a release, each through the UI
  const slug = 'book-meeting-rooms-from-telegram';
  const subject = (v: string) => `v${v} of “Book meeting rooms from Telegram” is out`;
  const { shopper, user } = await newOwner(browser, slug);
  // A retry finds the first attempt's release published: its version grows with the retry.
  const version = `1.${test.info().retry + 1}.0`;
  await publish(page, slug, version);

  await shopper.goto('/account/library');
  await shopper
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Show latest notifications' })
    .click();
  const latest = shopper.getByRole('region', { name: 'Latest notifications' });
  await expect(latest.getByRole('link', { name: new RegExp(subject(version).replace(/\./g, '\\.')) })).toBeVisible();

  await shopper.goto('/account/notifications');
  const notice = shopper.getByRole('article', { name: subject(version) });
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText(/step.*Download it from your library\./);
  await expectMail(user, subject(version), slug);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the admin form publishes the release and the owner is told', async ({ page, browser }) => {
    test.skip(!hasMailSink, 'reads the mail the app sent');
    test.slow(); // a purchase, its approval and a release, each through the UI
    const slug = 'employee-offboarding-revoke-access-and-archive-files';
    const subject = (v: string) => `v${v} of “Employee offboarding: revoke access and archive files” is out`;
    const { shopper, user } = await newOwner(browser, slug);
    const version = `1.${test.info().retry + 1}.0`;
    await publish(page, slug, version);

    await shopper.goto('/account/notifications');
    await expect(shopper.getByRole('article', { name: subject(version) })).toHaveCount(1);
    await expectMail(user, subject(version), slug);
  });
});
