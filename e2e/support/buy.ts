import { expect, type Page } from '@playwright/test';
import { REFERENCE_PATTERN } from '../../lib/payments/reference';

/**
 * Buys `slug` as the signed-in user (workflow page → Buy now → checkout) and reads what the buyer is told
 * to transfer: the transfer reference and the amount in whole VND.
 */
export async function buy(page: Page, slug: string): Promise<{ reference: string; amount: number }> {
  await page.goto(`/workflows/${slug}`);
  await page.getByRole('button', { name: 'Buy now' }).click();
  await expect(page).toHaveURL(/\/checkout\/[0-9a-f-]{36}$/);
  const reference = (await page.getByText(REFERENCE_PATTERN).first().innerText()).match(REFERENCE_PATTERN)![0];
  const amountText = await page
    .locator('dt', { hasText: 'Price' })
    .locator('xpath=following-sibling::dd[1]')
    .first()
    .innerText();
  return { reference, amount: Number(amountText.replace(/\D/g, '')) };
}
