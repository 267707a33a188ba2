import { expect, type Browser, type Page } from '@playwright/test';
import { registerUser } from '../fixtures';

const N8N_EXPORT = JSON.stringify({
  name: 'Form leads to Slack',
  nodes: [
    { name: 'Form', type: 'n8n-nodes-base.formTrigger', typeVersion: 2, position: [0, 0], parameters: {} },
    { name: 'Slack', type: 'n8n-nodes-base.slack', typeVersion: 2, position: [300, 0], parameters: {} },
  ],
  connections: { Form: { main: [[{ node: 'Slack', type: 'main', index: 0 }]] } },
});

/**
 * Creates a workflow through the admin form (the minimum: no cover unless `cover` is given, one category:
 * `category`, else the first) and lands on its edit page.
 */
export async function createWorkflow(
  page: Page,
  title: string,
  category?: string,
  cover?: { name: string; mimeType: string; buffer: Buffer },
  platform?: 'n8n' | 'make' | 'zapier',
) {
  await page.goto('/admin/workflows/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Short description').fill('Answers the common questions of customers.');
  await page.getByLabel('Description (Markdown)').fill('## What it does\n\nAnswers questions around the clock.');
  await page.getByLabel('Price (VND)').fill('99000');
  const categories = page.getByRole('group', { name: 'Categories' });
  await (
    category ? categories.getByRole('checkbox', { name: category }) : categories.getByRole('checkbox').first()
  ).check();
  await page.getByLabel('Workflow JSON', { exact: true }).fill(N8N_EXPORT);
  if (cover) await page.getByLabel('Cover image').setInputFiles(cover);
  if (platform) await page.getByLabel('Platform').selectOption(platform);
  await page.getByRole('button', { name: 'Create workflow' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Renames the workflow at `editPage` through its edit form, keeping its slug. */
export async function renameWorkflow(page: Page, editPage: string, title: string, slug: string) {
  await page.goto(editPage);
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Save changes' }) });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Slug').fill(slug);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByText('Changes saved.')).toBeVisible();
}

/** Deletes the workflow whose edit page is open (one nobody bought) and checks it is gone. */
export async function deleteWorkflow(page: Page, title: string) {
  await page
    .locator('summary')
    .filter({ hasText: /^Delete “/ })
    .click();
  await page.getByRole('button', { name: 'Delete workflow' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Workflow deleted.' })).toBeVisible();
  await page.goto(`/admin/workflows?q=${encodeURIComponent(title)}`);
  await expect(page.getByText('No workflows match.')).toBeVisible();
}

/** Opens the admin edit page of `title` and deletes it, or retires it when somebody bought it. */
export async function removeWorkflow(page: Page, title: string) {
  await page.goto(`/admin/workflows?q=${encodeURIComponent(title)}`);
  await page.getByRole('link', { name: title }).click();
  await page
    .locator('summary')
    .filter({ hasText: /^Delete “/ })
    .click();
  await page.getByRole('button', { name: /^(Delete|Retire) workflow$/ }).click();
  // Deleted: the list says so; retired: the edit page does.
  await expect(
    page.getByText(/^(Workflow deleted\.|This workflow has purchases, so it was retired instead)/),
  ).toBeVisible();
}

/**
 * The two readers every cache check needs, each in a browser context of its own: a visitor without any
 * cookie (the anonymous page variant) and a newly registered, signed-in shopper.
 */
export async function visitorAndShopper(browser: Browser): Promise<{ visitor: Page; shopper: Page }> {
  const visitor = await (await browser.newContext()).newPage();
  const shopper = await (await browser.newContext()).newPage();
  await registerUser(shopper);
  return { visitor, shopper };
}

/** The titles a search for `word` lists, in the catalog's "Best selling" order. */
export async function bestSelling(page: Page, word: string): Promise<string[]> {
  await page.goto(`/workflows?q=${encodeURIComponent(word)}&sort=best-selling`);
  const titles = page.getByRole('main').getByRole('article').getByRole('heading');
  await expect(titles.first()).toBeVisible();
  // A fuzzy match of the word (a seeded title) may be listed too: only ours count.
  return (await titles.allInnerTexts()).filter((t) => t.startsWith(word));
}

/**
 * Two new workflows that share a made-up word and that nobody bought: in "Best selling" order they tie,
 * so their ids decide. Answers the word and the titles in the order a search lists them; one sale of
 * the second puts it first.
 */
export async function twoUnsoldWorkflows(admin: Page): Promise<{ word: string; first: string; second: string }> {
  const word = `Zyxqsold${Date.now()}`;
  for (const title of [`${word} alpha`, `${word} beta`]) await createWorkflow(admin, title);
  const [first, second] = await bestSelling(admin, word);
  expect([first, second].sort()).toEqual([`${word} alpha`, `${word} beta`]);
  return { word, first: first!, second: second! };
}

/** The slug of the workflow a catalog card links to, from the page `bestSelling` left open. */
export async function slugOf(page: Page, title: string): Promise<string> {
  const href = await page.getByRole('main').getByRole('link', { name: title, exact: true }).getAttribute('href');
  return href!.replace(/^\/workflows\//, '');
}
