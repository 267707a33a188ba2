import type { Browser, Page } from '@playwright/test';
import type { Objects } from './authorization/matrix';
import { axeViolations } from './support/axe';
import { discoverRoutes } from './support/entry-points';
import { makeObjects } from './support/matrix-setup';
import { DEMO, expect, hasDirectDb, registerUser, signIn, test, type TestUser } from './fixtures';

// Issue 16, accessibility on every page: axe-core on every page of the build (discovered from its
// manifests, so a new page without a visit here fails the first test), as the visitor it is for, in
// English and Vietnamese, 1280 and 390 wide, and the forms showing their errors: no serious or critical
// violation. The objects the dynamic pages show are the authorization matrix's (e2e/support/matrix-setup.ts).

type Role = 'anon' | 'shopper' | 'admin';
type Language = 'en' | 'vi';
type Visit = {
  as: Role;
  path: (o: Objects) => string;
  /** The answer's status: 200, or 404 for the catch-all. */
  status: number;
  /** Open it as from a link on another site (the add-to-favorites page then waits for its button). */
  crossSite?: boolean;
};

const visit = (as: Role, path: string | ((o: Objects) => string), more: Partial<Visit> = {}): Visit => ({
  as,
  path: typeof path === 'string' ? () => path : path,
  status: 200,
  ...more,
});

/**
 * How each page of the build is seen. A public shop page is two pages: the personal one (visited signed in)
 * and its anonymous variant under /public-view (lib/http/page-variants.ts), which proxy.ts serves to a
 * visitor without a session at the same URL.
 */
const VISITS: Record<string, Visit> = {
  '/': visit('shopper', '/'),
  '/public-view/home/[state]': visit('anon', '/'),
  '/workflows': visit('shopper', '/workflows?q=slack'),
  '/public-view/catalog/[state]': visit('anon', '/workflows'),
  '/workflows/[slug]': visit('shopper', (o) => `/workflows/${o.slug}`), // A owns it and reviewed it
  '/public-view/workflow/[slug]/[state]': visit('anon', (o) => `/workflows/${o.slug}`),
  '/categories/[slug]': visit('shopper', (o) => `/categories/${o.categorySlug}`),
  '/public-view/category/[slug]/[state]': visit('anon', (o) => `/categories/${o.categorySlug}`),
  '/about': visit('shopper', '/about'),
  '/public-view/about': visit('anon', '/about'),
  '/privacy': visit('shopper', '/privacy'),
  '/public-view/privacy': visit('anon', '/privacy'),
  '/refund-policy': visit('shopper', '/refund-policy'),
  '/public-view/refund-policy': visit('anon', '/refund-policy'),
  '/terms': visit('shopper', '/terms'),
  '/public-view/terms': visit('anon', '/terms'),
  '/contact': visit('anon', '/contact'),
  '/[...rest]': visit('anon', '/no-such-page/here', { status: 404 }),
  '/login': visit('anon', '/login'),
  '/register': visit('anon', '/register'),
  '/forgot-password': visit('anon', '/forgot-password'),
  '/reset-password': visit('anon', '/reset-password'),
  '/confirm-email': visit('anon', '/confirm-email'),
  '/account/purchases': visit('shopper', '/account/purchases'),
  '/account/library': visit('shopper', '/account/library'),
  '/account/library/[slug]': visit('shopper', (o) => `/account/library/${o.slug}`),
  '/account/favorites': visit('shopper', '/account/favorites'),
  '/account/favorites/add': visit('shopper', (o) => `/account/favorites/add?workflowId=${o.workflowId}`, {
    crossSite: true,
  }),
  '/account/notifications': visit('shopper', '/account/notifications'),
  '/account/settings': visit('shopper', '/account/settings'),
  '/account/invoices/[id]': visit('shopper', (o) => `/account/invoices/${o.invoiceId}`),
  '/checkout/[purchaseId]': visit('shopper', (o) => `/checkout/${o.pendingPurchaseId}`),
  '/admin': visit('admin', '/admin'),
  '/admin/purchases': visit('admin', '/admin/purchases'),
  '/admin/purchases/[id]': visit('admin', (o) => `/admin/purchases/${o.pendingPurchaseId}`),
  '/admin/payments': visit('admin', '/admin/payments'),
  '/admin/workflows': visit('admin', '/admin/workflows'),
  '/admin/workflows/new': visit('admin', '/admin/workflows/new'),
  '/admin/workflows/[id]': visit('admin', (o) => `/admin/workflows/${o.workflowId}`),
  '/admin/categories': visit('admin', '/admin/categories'),
  '/admin/reviews': visit('admin', '/admin/reviews'),
  '/admin/users': visit('admin', '/admin/users'),
  '/admin/users/[id]': visit('admin', (o) => `/admin/users/${o.userAId}`),
  '/admin/messages': visit('admin', '/admin/messages'),
  '/admin/mail': visit('admin', '/admin/mail'),
  '/admin/announcements': visit('admin', '/admin/announcements'),
  '/admin/search-aliases': visit('admin', '/admin/search-aliases'),
};

type Form = {
  as: Role;
  path: (o: Objects) => string;
  /** A field of the form: the form is the one around it, and it shows an error after the post. */
  field: (o: Objects) => string;
  /** What to do before the post: empty a filled field, open a disclosure. */
  prepare?: (page: Page, o: Objects) => Promise<void>;
};

/** The forms, each posted empty (or emptied) so that they show their errors next to the fields. */
const FORMS: Record<string, Form> = {
  'sign-in': { as: 'anon', path: () => '/login', field: () => '#login-email' },
  register: { as: 'anon', path: () => '/register', field: () => '#register-email' },
  contact: { as: 'anon', path: () => '/contact', field: () => '#contact-email' },
  review: {
    as: 'shopper',
    path: (o) => `/workflows/${o.slug}`,
    field: (o) => `#review-edit-${o.reviewId}-content`,
    prepare: async (page, o) => {
      await page.locator(`details:has(#review-edit-${o.reviewId}-content) > summary`).click();
      await page.locator(`#review-edit-${o.reviewId}-content`).fill('');
    },
  },
  'admin workflow': { as: 'admin', path: () => '/admin/workflows/new', field: () => '#workflow-title' },
  settings: {
    as: 'shopper',
    path: () => '/account/settings',
    field: () => '#settings-name',
    prepare: (page) => page.locator('#settings-name').fill(''),
  },
};

const WIDTHS = [1280, 390] as const;
const LANGUAGES: Language[] = ['en', 'vi'];
const ROLES: Role[] = ['anon', 'shopper', 'admin'];

const inLanguage = (language: Language, path: string) =>
  language === 'en' ? path : path === '/' ? '/vi' : path.startsWith('/?') ? `/vi${path.slice(1)}` : `/vi${path}`;

/**
 * Opens `path` as a link on another site does: from a page of 127.0.0.1 (another site than localhost), so
 * the browser sends `Sec-Fetch-Site: cross-site`. Answers the navigation's response.
 */
async function openFromAnotherSite(page: Page, baseURL: string, path: string) {
  const target = new URL(path, baseURL);
  const other = new URL('/api/health', target);
  other.hostname = '127.0.0.1';
  await page.goto(other.href);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url() === target.href && r.request().isNavigationRequest()),
    page.waitForURL(target.href),
    page.evaluate((href) => window.location.assign(href), target.href),
  ]);
  return response;
}

/** axe at each width on what the page shows now: one line per serious or critical violation. */
async function violationsAtEachWidth(page: Page, label: string): Promise<string[]> {
  const found: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width > 800 ? 800 : 844 });
    for (const v of await axeViolations(page.locator('html'), ['serious', 'critical']))
      found.push(`${label} @${width}: ${v}`);
  }
  return found;
}

test('every page of the build has an accessibility visit', () => {
  const pages = discoverRoutes()
    .filter((e) => e.kind === 'page')
    .map((e) => e.key);
  expect(
    pages.filter((key) => !VISITS[key]),
    'pages with no visit in e2e/accessibility.spec.ts',
  ).toEqual([]);
  expect(
    Object.keys(VISITS).filter((key) => !pages.includes(key)),
    'visits of pages the build no longer has',
  ).toEqual([]);
});

test.describe('no serious or critical axe violation', () => {
  let objects: Objects;
  let shopper: TestUser;

  test.beforeAll(async ({ browser, baseURL }) => {
    test.skip(!hasDirectDb, "needs the e2e server on Postgres (TEST_DATABASE_URL) to make the matrix's objects");
    test.setTimeout(120_000);
    const context = await browser.newContext();
    const page = await context.newPage();
    shopper = await registerUser(page);
    objects = await makeObjects(page, baseURL!, [7, 8]);
    await context.close();
  });

  /** A new browser context signed in as `role` (signed out: none), so each test's CSP watch covers it. */
  async function open(browser: Browser, role: Role): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    if (role === 'shopper') await signIn(page, shopper);
    if (role === 'admin') await signIn(page, DEMO.admin, '/admin');
    return page;
  }

  /** Every page `role` visits in `language`, one after the other in `page`: the violations found. */
  async function visitAll(page: Page, role: Role, language: Language, baseURL: string): Promise<string[]> {
    const found: string[] = [];
    for (const [key, row] of Object.entries(VISITS).filter(([, v]) => v.as === role)) {
      const path = inLanguage(language, row.path(objects));
      const response = row.crossSite ? await openFromAnotherSite(page, baseURL, path) : await page.goto(path);
      expect(response?.status(), `${key} at ${path}`).toBe(row.status);
      expect(new URL(page.url()).pathname, `${key} at ${path} stays there`).toBe(path.split('?')[0]);
      await expect(page.locator('html'), `${key} at ${path}`).toHaveAttribute('lang', language);
      found.push(...(await violationsAtEachWidth(page, `${key} (${path})`)));
    }
    return found;
  }

  /** Every form posted empty in `language`, each in the page `pageFor(form.as)` gives: the violations found. */
  async function postAllEmpty(pageFor: (role: Role) => Promise<Page>, language: Language): Promise<string[]> {
    const found: string[] = [];
    for (const [name, form] of Object.entries(FORMS)) {
      const page = await pageFor(form.as);
      const path = inLanguage(language, form.path(objects));
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(path);
      await expect(page.locator('html'), `${name} form at ${path}`).toHaveAttribute('lang', language);
      const field = page.locator(form.field(objects));
      await form.prepare?.(page, objects);
      await page.locator('form').filter({ has: field }).locator('button[type="submit"]').last().click();
      await expect(field, `${name} form at ${path} shows its error`).toHaveAttribute('aria-invalid', 'true');
      found.push(...(await violationsAtEachWidth(page, `${name} form with errors (${path})`)));
    }
    return found;
  }

  for (const role of ROLES) {
    for (const language of LANGUAGES) {
      test(`every ${role === 'anon' ? 'signed-out' : role} page in ${language}`, async ({ browser, baseURL }) => {
        test.setTimeout(300_000); // 30 s to 2.5 min measured on the shared 2-core machine
        const found = await visitAll(await open(browser, role), role, language, baseURL!);
        expect(found, `serious or critical axe violations, ${role}, ${language}`).toEqual([]);
      });
    }
  }

  for (const language of LANGUAGES) {
    test(`the forms showing their errors in ${language}`, async ({ browser }) => {
      test.setTimeout(300_000);
      const pages = new Map<Role, Promise<Page>>();
      const pageFor = (role: Role) => {
        if (!pages.has(role)) pages.set(role, open(browser, role));
        return pages.get(role)!;
      };
      const found = await postAllEmpty(pageFor, language);
      expect(found, `serious or critical axe violations in forms with errors, ${language}`).toEqual([]);
    });
  }
});
