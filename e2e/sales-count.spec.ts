import type { Page } from '@playwright/test';
import { EXPIRED_SLUGS } from '../db/seed/demo-catalog';
import { seedWorkflows, slugify } from '../db/seed/content';
import { directDb } from './direct-db';
import { buy } from './support/buy';
import { DEMO, expect, hasDirectDb, registerUser, signIn, test } from './fixtures';

/**
 * Issue 13 item 17: the "Sales" a workflow shows are its ACTIVE purchases, in the demo shop as seeded
 * and after each approval.
 */
test.skip(!hasDirectDb, 'reads the purchases from the e2e database');

const forSale = seedWorkflows.map((w) => slugify(w.title)).filter((slug) => !EXPIRED_SLUGS.includes(slug));

/** The admin's workflow list, most sales first: title → the Sales column. */
async function salesShown(admin: Page, q = ''): Promise<Map<string, number>> {
  await admin.goto(`/admin/workflows?sort=sales${q ? `&q=${encodeURIComponent(q)}` : ''}`);
  const rows = admin.getByRole('row').filter({ has: admin.getByRole('cell') });
  await expect(rows.first()).toBeVisible();
  const shown = new Map<string, number>();
  for (const row of await rows.all()) {
    const cells = row.getByRole('cell');
    const title = await cells.nth(0).getByRole('link').innerText();
    shown.set(title, Number(await cells.nth(3).innerText()));
  }
  return shown;
}

test('the best sellers’ sales are their paid purchases, and an approval adds one', async ({ page, browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, DEMO.admin, '/admin/workflows');
  const sql = directDb();
  try {
    const paid = async () =>
      new Map(
        (
          await sql<{ title: string; n: number }[]>`select w.title, count(p.id)::int as n from workflows w
            left join purchases p on p.workflow_id = w.id and p.status = 'ACTIVE' group by w.id`
        ).map((r) => [r.title, r.n]),
      );
    const shown = await salesShown(admin);
    const actual = await paid();
    expect(shown.size).toBeGreaterThan(5);
    for (const [title, sales] of shown) expect({ title, sales }).toEqual({ title, sales: actual.get(title) });

    // A shopper buys one of the demo workflows; the admin approves it: its Sales grow by exactly one.
    const slug = forSale[forSale.length - 4]!;
    const title = seedWorkflows.find((w) => slugify(w.title) === slug)!.title;
    const before = (await salesShown(admin, title)).get(title)!;
    expect(before).toBe((await paid()).get(title));
    await registerUser(page);
    const { reference } = await buy(page, slug);
    await admin.goto(`/admin/purchases?q=${reference}`);
    await admin
      .getByRole('row')
      .filter({ hasText: reference })
      .getByRole('button', { name: 'Approve', exact: true })
      .click();
    await expect(admin.getByRole('row').filter({ hasText: reference })).toHaveCount(0);
    expect((await salesShown(admin, title)).get(title)).toBe(before + 1);
  } finally {
    await sql.end();
  }
});
