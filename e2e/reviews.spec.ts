import type { Page } from '@playwright/test';
import { giveActivePurchase, ratingOf } from './engage-db';
import { seedWorkflows, slugify } from '../db/seed/content';
import { expect, hasDirectDb, registerUser, signIn, test } from './fixtures';

// A seeded workflow with reviews by others; the demo shopper Bình owns it and has not reviewed it.
// Owned by Bình (the buyer without Postgres) without a review of hers; Dũng neither owns nor reviewed it.
const SLUG = 'send-n8n-workflow-errors-to-slack';
// Two visible reviews in the demo shop.
const REVIEWED = 'escalate-negative-feedback-from-typeform-to-zendesk';
const reviewCount = (n: number) => `${n} ${n === 1 ? 'review' : 'reviews'}`;
const BINH = { email: 'binh@usitech.local', password: 'ShopperDemo#2026', name: 'Trần Thị Bình' };
// A signed-in shopper who only reads the page (no purchase, no review of it): their view shares the cached reviews list with everybody's.
const DUNG = { email: 'dung@usitech.local', password: 'ShopperDemo#2026' };

const reviews = (page: Page) => page.getByRole('region', { name: 'Reviews' });

/** What the distribution chart says: the sum of the ratings and their number. */
async function readDistribution(page: Page): Promise<{ sum: number; count: number }> {
  const bars = reviews(page).getByRole('list', { name: 'Rating distribution' }).getByRole('listitem');
  await expect(bars).toHaveCount(5);
  let sum = 0;
  let count = 0;
  for (const bar of await bars.all()) {
    const n = Number(await bar.getAttribute('data-count'));
    sum += Number(await bar.getAttribute('data-rating')) * n;
    count += n;
  }
  return { sum, count };
}

/** The average the page should show: rounded to hundredths as stored, then to one decimal. */
function shownAverage(sum: number, count: number): string {
  const hundredths = Math.round((sum * 100) / count);
  return (Math.round(hundredths / 10) / 10).toFixed(1);
}

/** A signed-in verified buyer of SLUG: a new shopper with a purchase on Postgres, else the demo shopper. */
async function signInAsBuyer(page: Page): Promise<{ name: string }> {
  if (hasDirectDb) {
    const user = await registerUser(page);
    await giveActivePurchase(user.email, SLUG);
    return user;
  }
  await signIn(page, BINH);
  return BINH;
}

/** What the catalog card of SLUG says about its rating (found by a search for its title). */
async function cardRating(page: Page): Promise<string> {
  const title = seedWorkflows.find((w) => slugify(w.title) === SLUG)!.title;
  await page.goto(`/workflows?q=${encodeURIComponent(title)}`);
  const card = page
    .getByRole('main')
    .getByRole('article')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) });
  return card
    .getByText(/^Rated .* reviews?$|^No reviews yet$/)
    .first()
    .innerText();
}

test('a buyer posts a review and sees the new average, then edits and deletes it', async ({ page, browser }) => {
  // A visitor without a session has read the workflow page and its catalog card before (any cached copy exists).
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/workflows/${SLUG}`);
  const cardBefore = await cardRating(visitor);
  // Another signed-in shopper has read it too (the shared reviews list and summary are cached now).
  const reader = await (await browser.newContext()).newPage();
  await signIn(reader, DUNG);
  await reader.goto(`/workflows/${SLUG}`);
  await expect(reviews(reader).getByTestId('review-count')).toBeVisible();

  const buyer = await signInAsBuyer(page);
  await page.goto(`/workflows/${SLUG}`);
  const before = await readDistribution(page);
  await expect(reviews(page).getByTestId('review-count')).toHaveText(reviewCount(before.count));

  const text = 'Reminders went out on the first Friday. <b>Setup</b> took 10 minutes.';
  await reviews(page).getByRole('radiogroup', { name: 'Rating' }).getByRole('radio', { name: '2 stars' }).check();
  await reviews(page).getByLabel('Your review').fill(text);
  await reviews(page).getByRole('button', { name: 'Post review' }).click();

  await expect(reviews(page).getByTestId('review-count')).toHaveText(reviewCount(before.count + 1));
  await expect(reviews(page).getByTestId('rating-average')).toHaveText(shownAverage(before.sum + 2, before.count + 1));
  const mine = reviews(page)
    .getByRole('list', { name: 'Reviews' })
    .getByRole('listitem')
    .filter({ hasText: buyer.name });
  await expect(mine).toContainText('Verified buyer');
  // Markup typed by a user is shown as text, never run.
  await expect(mine).toContainText('<b>Setup</b>');
  await expect(mine.locator('b')).toHaveCount(0);
  await expect(reviews(page).getByRole('button', { name: 'Post review' })).toHaveCount(0);
  if (hasDirectDb) {
    const { stored, truth } = await ratingOf(SLUG);
    expect(stored).toEqual(truth);
  }

  // On their next page load, the visitor, the buyer and the other shopper (signed in) read the new count
  // and average and the new review, and the visitor's catalog card says so too.
  const average = shownAverage(before.sum + 2, before.count + 1);
  for (const next of [visitor, page, reader]) {
    await next.goto(`/workflows/${SLUG}`);
    await expect(reviews(next).getByTestId('review-count')).toHaveText(reviewCount(before.count + 1));
    await expect(reviews(next).getByTestId('rating-average')).toHaveText(average);
    await expect(reviews(next)).toContainText(text);
  }
  // The buyer's own review (to edit or delete) is theirs alone: read per request, never from the shared list.
  await expect(reviews(reader).getByText('Edit review')).toHaveCount(0);
  await expect(reviews(page).getByText('Edit review')).toBeVisible();
  await reader.close();
  const cardAfter = await cardRating(visitor);
  expect(cardAfter).not.toBe(cardBefore);
  expect(cardAfter).toBe(`Rated ${average} out of 5 from ${reviewCount(before.count + 1)}`);
  await visitor.close();

  await reviews(page).getByText('Edit review').click();
  await reviews(page).getByRole('radio', { name: '5 stars' }).check();
  await reviews(page).getByRole('button', { name: 'Save changes' }).click();
  await expect(reviews(page).getByTestId('rating-average')).toHaveText(shownAverage(before.sum + 5, before.count + 1));

  await reviews(page).getByRole('button', { name: 'Delete review' }).click();
  await page
    .getByRole('dialog', { name: /Delete your review/ })
    .getByRole('button', { name: 'Yes, delete review' })
    .click();
  await expect(reviews(page).getByTestId('review-count')).toHaveText(reviewCount(before.count));
  await expect(reviews(page).getByRole('button', { name: 'Post review' })).toBeVisible();
  if (hasDirectDb) {
    const { stored, truth } = await ratingOf(SLUG);
    expect(stored).toEqual(truth);
  }
});

test('the rating is a radio group that works with the keyboard, and bad input is explained', async ({ page }) => {
  await signInAsBuyer(page);
  await page.goto(`/workflows/${SLUG}`);
  const group = reviews(page).getByRole('radiogroup', { name: 'Rating' });
  await reviews(page).getByRole('button', { name: 'Post review' }).click();
  await expect(group).toHaveAttribute('aria-invalid', 'true');
  await expect(group).toContainText('Choose a rating from 1 to 5.');
  await expect(reviews(page).getByLabel('Your review')).toHaveAttribute('aria-invalid', 'true');

  await group.getByRole('radio', { name: '3 stars' }).check();
  await page.keyboard.press('ArrowRight');
  await expect(group.getByRole('radio', { name: '4 stars' })).toBeChecked();
  await expect(group.getByRole('radio', { name: '4 stars' })).toBeFocused();
});

test('visitors who may not review are told why, and see no form', async ({ page }) => {
  await page.goto(`/workflows/${REVIEWED}`);
  await expect(reviews(page)).toContainText('Sign in to review');
  await expect(reviews(page).getByRole('button', { name: 'Post review' })).toHaveCount(0);
  await expect(reviews(page).getByText('Verified buyer').first()).toBeVisible();

  await registerUser(page, {}, `/workflows/${REVIEWED}`);
  await expect(reviews(page)).toContainText('Buy this workflow to review it');
  await expect(reviews(page).getByRole('button', { name: 'Post review' })).toHaveCount(0);
});
