import type { Locator, Page } from '@playwright/test';
import { DEMO, expect, signIn, test } from './fixtures';
import { createWorkflow } from './support/admin-workflows';

/**
 * Issue 13, item 17: the catalog filters by platform (n8n / Make / Zapier), with the number of matches of
 * each, and every card names its platform. With JavaScript (the filter applies at once) and without (the
 * GET form's submit button).
 */
for (const js of [true, false]) {
  test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: js });

    test('a shopper narrows a search to the templates made for Make', async ({ page, browser }) => {
      const word = `Plfm${js ? 'js' : 'nojs'}${Date.now()}`;
      const admin = await browser.newPage();
      await signIn(admin, DEMO.admin, '/admin/workflows');
      await createWorkflow(admin, `${word} orders to a sheet, Make scenario`, undefined, undefined, 'make');
      await createWorkflow(admin, `${word} orders to a sheet, n8n workflow`);
      await admin.close();

      await page.goto(`/workflows?q=${word}`);
      const status = page.getByRole('main').getByRole('status');
      await expect(status).toHaveText(`2 workflows for “${word}”`);
      const platform = page.getByRole('complementary', { name: 'Filters' }).getByRole('group', { name: 'Platform' });
      const radio = (name: string) => platform.getByRole('radio', { name, exact: true });
      await expect(radio('Any platform (2)')).toBeChecked();
      await expect(radio('n8n (1)')).toBeVisible();
      await expect(radio('Make (1)')).toBeVisible();
      await expect(radio('Zapier (0)')).toBeVisible();

      await radio('Make (1)').check();
      await apply(page, js);
      await expect(page).toHaveURL(/[?&]platform=make(&|$)/);
      await expect(status).toHaveText(`1 workflow for “${word}”`);
      const cards = page.getByRole('main').getByRole('article');
      await expect(cards).toHaveCount(1);
      await expect(cards.first().getByRole('heading')).toHaveText(`${word} orders to a sheet, Make scenario`);
      await expect(cards.first().getByText(/^Make · /)).toBeVisible();
      // The counts are those of every platform: another one is one click away.
      await expect(radio('Make (1)')).toBeChecked();
      await expect(radio('n8n (1)')).toBeVisible();

      await radio('Zapier (0)').check();
      await apply(page, js);
      await expect(page).toHaveURL(/[?&]platform=zapier(&|$)/);
      await expect(status).toHaveText(`No workflows match “${word}”`);
      // The counts still say where the words match.
      await expect(radio('Make (1)')).toBeVisible();

      await radio('Any platform (2)').check();
      await apply(page, js);
      // (A plain GET form sends its empty fields: `platform=` reads as any platform.)
      await expect(page).not.toHaveURL(/platform=\w/);
      await expect(status).toHaveText(`2 workflows for “${word}”`);

      // Browsing without words, the Make template is among the Make results, and the n8n one is not.
      await page.goto('/workflows?platform=make');
      await expect(
        page.getByRole('link', { name: `${word} orders to a sheet, Make scenario`, exact: true }),
      ).toBeVisible();
      await expect(
        page.getByRole('link', { name: `${word} orders to a sheet, n8n workflow`, exact: true }),
      ).toHaveCount(0);
      for (const card of await page.getByRole('main').getByRole('article').all()) {
        await expect(card.getByText(/^Make · /)).toBeVisible();
      }
    });

    test('a shopper on an older n8n hides the templates that need a newer one or a community node', async ({
      page,
    }) => {
      await page.goto('/workflows?q=agent');
      const filters = page.getByRole('complementary', { name: 'Filters' });
      const version = filters.getByLabel('My n8n version');
      await expect(version.getByRole('option', { name: /^n8n 1\.19 or newer \(\d+\)$/ })).toBeAttached();
      const cards = page.getByRole('main').getByRole('article');
      await expect(cards.getByText(/Works on n8n 1\.19\+/).first()).toBeVisible();

      await version.selectOption({ label: (await optionLabel(version, /^n8n 1\.0 or newer/))! });
      await apply(page, js);
      await expect(page).toHaveURL(/[?&]n8n=1\.0(&|$)/);
      await expect(cards.first()).toBeVisible();
      await expect(cards.getByText(/Works on n8n 1\.19\+/)).toHaveCount(0);

      await filters.getByRole('checkbox', { name: /^No community nodes/ }).check();
      await apply(page, js);
      await expect(page).toHaveURL(/[?&]builtIn=1(&|$)/);
      await expect(cards.getByText('Needs a community node')).toHaveCount(0);
      await expect(filters.getByLabel('My n8n version')).toHaveValue('1.0');
    });
  });
}

async function optionLabel(select: Locator, name: RegExp): Promise<string | null> {
  return select.getByRole('option', { name }).textContent();
}

async function apply(page: Page, js: boolean) {
  if (!js)
    await page.getByRole('complementary', { name: 'Filters' }).getByRole('button', { name: 'Apply filters' }).click();
}
