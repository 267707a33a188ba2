import { randomUUID } from 'node:crypto';
import { test as base, expect, type Page } from '@playwright/test';

export const DEMO = {
  admin: { email: 'admin@usitech.local', password: 'AdminDemo#2026', name: 'Lan Admin' },
  shopper: { email: 'an@usitech.local', password: 'ShopperDemo#2026' },
} as const;

export type TestUser = { name: string; email: string; password: string };

/** A new shopper account, registered through the app's own register page (works on PGlite too). */
export async function registerUser(page: Page, overrides: Partial<TestUser> = {}): Promise<TestUser> {
  const id = randomUUID().slice(0, 8);
  const user = {
    name: overrides.name ?? `Shopper ${id}`,
    email: overrides.email ?? `shopper-${id}@example.test`,
    password: overrides.password ?? 'a long test password',
  };
  await page.goto('/register');
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
  return user;
}

export async function signIn(page: Page, email: string, password: string, path = '/login') {
  await page.goto(path);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
}

/** True when the e2e server runs on Postgres, so tests may read and write rows directly. */
export const hasDirectDb = Boolean(process.env.E2E_DATABASE_URL);

export const test = base;
export { expect };
