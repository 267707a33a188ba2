import type { Page } from '@playwright/test';
import { countFavoriteRows, setWorkflowStatus } from './engage-db';
import { expect, hasDirectDb, registerUser, signOut, test } from './fixtures';

// Seeded active workflows of the demo shop (the seed is deterministic).
const SLUG = 'github-pull-request-reminders-in-slack';
const OTHER_SLUG = 'send-n8n-workflow-errors-to-slack';

const addButton = (page: Page) => page.getByRole('button', { name: 'Add to favorites' }).first();
const removeButton = (page: Page) => page.getByRole('button', { name: 'Remove from favorites' }).first();
const favoritesLink = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Favorites' });

test('favorite a workflow → it is on the favorites page with the count in the header → remove it', async ({ page }) => {
  const user = await registerUser(page, {}, `/workflows/${SLUG}`);
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  await addButton(page).click();
  await expect(removeButton(page)).toBeVisible();
  await expect(favoritesLink(page)).toContainText('1');
  if (hasDirectDb) expect(await countFavoriteRows(user.email, SLUG)).toBe(1);

  await favoritesLink(page).click();
  await expect(page).toHaveURL(/\/account\/favorites$/);
  const list = page.getByRole('list', { name: 'Favorite workflows' });
  await expect(list.getByRole('link', { name: title })).toBeVisible();
  await list.getByRole('button', { name: 'Remove from favorites' }).click();
  await expect(page.getByText('No favorites yet.')).toBeVisible();
  await expect(favoritesLink(page)).toHaveText('Favorites');
  if (hasDirectDb) expect(await countFavoriteRows(user.email, SLUG)).toBe(0);
});

test('adding in two tabs at once keeps one favorite and shows no error', async ({ page, context }) => {
  const user = await registerUser(page);
  const second = await context.newPage();
  await Promise.all([page.goto(`/workflows/${OTHER_SLUG}`), second.goto(`/workflows/${OTHER_SLUG}`)]);
  await Promise.all([addButton(page).click(), addButton(second).click()]);
  for (const tab of [page, second]) await expect(removeButton(tab)).toBeVisible();
  await page.goto('/account/favorites');
  await expect(page.getByRole('list', { name: 'Favorite workflows' }).getByRole('listitem')).toHaveCount(1);
  if (hasDirectDb) expect(await countFavoriteRows(user.email, OTHER_SLUG)).toBe(1);
  await second.close();
});

test('a signed-out visitor who clicks "Add to favorites" signs in and lands back with it added', async ({ page }) => {
  const user = await registerUser(page);
  await signOut(page);
  await page.goto(`/workflows/${SLUG}?reviewsSort=highest`);
  await addButton(page).click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`/workflows/${SLUG}\\?reviewsSort=highest$`));
  await expect(removeButton(page)).toBeVisible();
  await expect(favoritesLink(page)).toContainText('1');
});

test('without JavaScript, the favorite button is a plain form (favorites page)', async ({ page, browser }) => {
  // Shop pages stream behind a loading fallback, which needs JavaScript; the account pages do not.
  const user = await registerUser(page, {}, `/workflows/${SLUG}`);
  await addButton(page).click();
  await expect(removeButton(page)).toBeVisible();

  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const plain = await noScript.newPage();
  await plain.goto('/account/favorites');
  await plain
    .getByRole('list', { name: 'Favorite workflows' })
    .getByRole('button', { name: 'Remove from favorites' })
    .click();
  await expect(plain.getByText('No favorites yet.')).toBeVisible();
  if (hasDirectDb) expect(await countFavoriteRows(user.email, SLUG)).toBe(0);
  await noScript.close();
});

test('when the server refuses, the button flips back and says why', async ({ page }) => {
  test.skip(!hasDirectDb, 'retires a workflow directly in the database');
  await registerUser(page);
  const slug = 'weekly-cash-flow-report-from-quickbooks-to-slack';
  await page.goto(`/workflows/${slug}`);
  await setWorkflowStatus(slug, 'expired');
  try {
    await addButton(page).click();
    await expect(page.getByText('This workflow is no longer available.')).toBeVisible();
    await expect(addButton(page)).toBeVisible();
  } finally {
    await setWorkflowStatus(slug, 'active');
  }
});
