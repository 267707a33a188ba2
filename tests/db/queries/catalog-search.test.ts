import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, dbHandle, queryRows } from '@/db';
import { TYPO_THRESHOLD } from '@/db/session-settings';
import { searchWorkflows } from '@/db/queries/catalog/search-workflows';
import { parseCatalogSearch, PAGE_SIZE, type RawSearchParams } from '@/lib/validations/catalog';
import { createTestCategory, createTestWorkflow } from '../../helpers/factories';

const search = (params: RawSearchParams) => searchWorkflows(parseCatalogSearch(params));
const titles = async (params: RawSearchParams) => (await search(params)).items.map((i) => i.title);
const day = (n: number) => new Date(Date.UTC(2026, 0, n));

describe('catalog search', () => {
  beforeAll(async () => {
    const crm = await createTestCategory('Sales CRM');
    const fin = await createTestCategory('Finance');
    const ops = await createTestCategory('Operations');
    const w = (title: string, o: Parameters<typeof createTestWorkflow>[0] = {}) =>
      createTestWorkflow({ title, slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'), ...o });
    await w('Shopify orders to Google Sheets', {
      price: '300000.00',
      ratingAvg: '4.50',
      reviewCount: 10,
      salesCount: 50,
      createdAt: day(1),
      categoryIds: [crm.id],
      metadata: { apps: ['Shopify', 'Google Sheets'] },
    });
    await w('Daily report for the finance team', {
      description: 'Pulls Shopify payouts and writes a daily report.',
      price: '150000.00',
      ratingAvg: '3.20',
      reviewCount: 4,
      salesCount: 500,
      createdAt: day(2),
      categoryIds: [fin.id],
      metadata: { apps: ['Shopify', 'Gmail'] },
    });
    await w('Slack alerts for overdue invoices', {
      price: '500000.00',
      ratingAvg: '4.90',
      reviewCount: 30,
      salesCount: 5,
      createdAt: day(3),
      categoryIds: [fin.id, ops.id],
      metadata: { apps: ['Slack', 'Xero'] },
    });
    await w('Invoice reminders by email', {
      price: '90000.00',
      ratingAvg: '0',
      reviewCount: 0,
      salesCount: 20,
      createdAt: day(4),
      categoryIds: [fin.id],
      metadata: { apps: ['Gmail'] },
    });
    await w('Retired Shopify invoice exporter', {
      status: 'expired',
      price: '10000.00',
      categoryIds: [fin.id, crm.id],
    });
  });

  it('ranks a title match above a description-only match, and never lists expired workflows', async () => {
    expect(await titles({ q: 'shopify' })).toEqual([
      'Shopify orders to Google Sheets',
      'Daily report for the finance team',
    ]);
    expect(await titles({ q: 'invoice' })).toEqual(['Invoice reminders by email', 'Slack alerts for overdue invoices']);
    expect(await titles({})).not.toContain('Retired Shopify invoice exporter');
  });

  it('completes the last word as a prefix and matches category names', async () => {
    expect(await titles({ q: 'overdue invo' })).toEqual(['Slack alerts for overdue invoices']);
    expect(await titles({ q: 'operations' })).toEqual(['Slack alerts for overdue invoices']);
  });

  it('keeps websearch syntax while completing the last word', async () => {
    // `or` between words: either may match (the prefix of the last word must not turn it into "and").
    expect(await titles({ q: 'overdue or shopify', sort: 'newest' })).toEqual([
      'Slack alerts for overdue invoices',
      'Daily report for the finance team',
      'Shopify orders to Google Sheets',
    ]);
    // A stop word as the last word completes nothing and narrows nothing.
    expect(await titles({ q: 'invoice reminders by' })).toEqual(['Invoice reminders by email']);
    // Quoted words and a negated word.
    expect(await titles({ q: '"overdue invoices"' })).toEqual(['Slack alerts for overdue invoices']);
    expect(await titles({ q: 'shopify -payouts' })).toEqual(['Shopify orders to Google Sheets']);
  });

  it.each([
    [
      'price-asc',
      [
        'Invoice reminders by email',
        'Daily report for the finance team',
        'Shopify orders to Google Sheets',
        'Slack alerts for overdue invoices',
      ],
    ],
    [
      'price-desc',
      [
        'Slack alerts for overdue invoices',
        'Shopify orders to Google Sheets',
        'Daily report for the finance team',
        'Invoice reminders by email',
      ],
    ],
    [
      'rating',
      [
        'Slack alerts for overdue invoices',
        'Shopify orders to Google Sheets',
        'Daily report for the finance team',
        'Invoice reminders by email',
      ],
    ],
    [
      'best-selling',
      [
        'Daily report for the finance team',
        'Shopify orders to Google Sheets',
        'Invoice reminders by email',
        'Slack alerts for overdue invoices',
      ],
    ],
    [
      'newest',
      [
        'Invoice reminders by email',
        'Slack alerts for overdue invoices',
        'Daily report for the finance team',
        'Shopify orders to Google Sheets',
      ],
    ],
  ])('sorts the matches of words by %s', async (sort, expected) => {
    expect(await titles({ q: 'shopify or invoice', sort })).toEqual(expected);
  });

  it('runs every session with the typo threshold (no transaction per typo search)', async () => {
    const [row] = await queryRows<{ t: string }>(
      db,
      sql`select current_setting('pg_trgm.word_similarity_threshold', true) as t`,
    );
    expect(Number(row?.t)).toBe(TYPO_THRESHOLD);
  });

  it.runIf(process.env.TEST_DRIVER === 'postgres')(
    'runs a word search prepared, with a generic plan, and reads what a plain query reads',
    async () => {
      const prepared = dbHandle().prepared!;
      const [session] = await prepared(sql`select current_setting('plan_cache_mode') as mode,
      current_setting('pg_trgm.word_similarity_threshold', true) as threshold`);
      expect(session).toEqual({ mode: 'force_generic_plan', threshold: String(TYPO_THRESHOLD) });
      const cases: RawSearchParams[] = [
        { q: 'shopify' },
        { q: 'invoi', sort: 'price-asc' },
        { q: 'shopify', category: 'finance' },
        { q: 'shopfy' },
        { q: 'report', minRating: '3', page: '2' },
      ];
      for (const params of cases) {
        const plain = await searchWorkflows(parseCatalogSearch(params), { executor: db });
        // Past the fifth run a cached plan is reused; the words are parameters, so the plan holds for any.
        for (let i = 0; i < 7; i++) expect(await search(params)).toEqual(plain);
      }
    },
  );

  it('finds a workflow through a typo counted as Damerau edits, within the word length budget', async () => {
    const shopfy = await search({ q: 'shopfy' });
    expect(shopfy.typoTolerant).toBe(true);
    expect(shopfy.didYouMean).toBe('shopify');
    expect(shopfy.items.map((i) => i.title)).toContain('Shopify orders to Google Sheets');
    expect(shopfy.items.map((i) => i.title)).not.toContain('Retired Shopify invoice exporter');
    // A swapped pair of letters is one typo (pg_trgm scored "slcak" too low to find "slack").
    const slcak = await search({ q: 'slcak' });
    expect(slcak.items.map((i) => i.title)).toEqual(['Slack alerts for overdue invoices']);
    expect(slcak.didYouMean).toBe('slack');
    // No typo in a word of 4 letters or fewer; two typos only from 9 letters.
    expect((await search({ q: 'slak' })).total).toBe(0);
    expect((await search({ q: 'shpfy' })).total).toBe(0);
    expect((await titles({ q: 'invoicse remidners' }))[0]).toBe('Invoice reminders by email');
    expect((await search({ q: 'zzqx' })).total).toBe(0);
    // Words that match as typed are never widened; a match only outside the chosen category is.
    expect((await search({ q: 'shopify' })).typoTolerant).toBe(false);
    const elsewhere = await search({ q: 'overdue', category: 'sales-crm' });
    expect(elsewhere.typoTolerant).toBe(true);
    expect(elsewhere.total).toBe(0);
  });

  it('filters by several categories at once, counting matches per category', async () => {
    const r = await search({ category: ['sales-crm', 'operations'] });
    expect(r.items.map((i) => i.title).sort()).toEqual([
      'Shopify orders to Google Sheets',
      'Slack alerts for overdue invoices',
    ]);
    expect(r.total).toBe(2);
    // Per-category counts ignore the category filter itself and skip expired workflows.
    expect(r.facets.map((f) => [f.slug, f.count])).toEqual([
      ['finance', 3],
      ['operations', 1],
      ['sales-crm', 1],
    ]);
    const q = await search({ q: 'shopify' });
    expect(q.facets.find((f) => f.slug === 'finance')?.count).toBe(1);
    expect(q.items[0]?.categories).toEqual([{ slug: 'sales-crm', name: 'Sales CRM', nameVi: null }]);
  });

  it('counts the matches per app like the categories, ignoring the app filter itself (issue 13 item 17)', async () => {
    const apps = async (params: RawSearchParams) => {
      const r = await search(params);
      return r.appFacets === null ? null : Object.fromEntries(r.appFacets.map((a) => [a.name, a.count]));
    };
    // Nothing narrows the catalog: the "Apps" options carry their own counts (cached), none are read again.
    expect(await apps({})).toBeNull();
    expect(await apps({ sort: 'price-asc' })).toBeNull();
    // Words, with or without an app chosen (the expired Shopify workflow never counts).
    const shopify = { Shopify: 2, 'Google Sheets': 1, Gmail: 1 };
    expect(await apps({ q: 'shopify' })).toEqual(shopify);
    expect(await apps({ q: 'shopify', app: 'Gmail' })).toEqual(shopify);
    expect(await apps({ q: 'shopify', maxPrice: '200000' })).toEqual({ Shopify: 1, Gmail: 1 });
    expect(await apps({ q: 'invoice', category: 'operations' })).toEqual({ Slack: 1, Xero: 1 });
    // Browsing: a category alone, an app alone, a rating.
    expect(await apps({ category: 'finance' })).toEqual({ Shopify: 1, Gmail: 2, Slack: 1, Xero: 1 });
    const all = { Shopify: 2, 'Google Sheets': 1, Gmail: 2, Slack: 1, Xero: 1 };
    expect(await apps({ app: 'Slack' })).toEqual(all);
    expect(await apps({ app: ['Slack', 'Gmail'], category: 'finance' })).toEqual({
      Shopify: 1,
      Gmail: 2,
      Slack: 1,
      Xero: 1,
    });
    expect(await apps({ minRating: '4' })).toEqual({ Shopify: 1, 'Google Sheets': 1, Slack: 1, Xero: 1 });
  });

  it('filters by app, price range and minimum rating', async () => {
    expect(await titles({ app: 'Gmail', sort: 'newest' })).toEqual([
      'Invoice reminders by email',
      'Daily report for the finance team',
    ]);
    expect(await titles({ app: ['Slack', 'Google Sheets'], sort: 'price-asc' })).toEqual([
      'Shopify orders to Google Sheets',
      'Slack alerts for overdue invoices',
    ]);
    expect(await titles({ minPrice: '100000', maxPrice: '300000', sort: 'price-asc' })).toEqual([
      'Daily report for the finance team',
      'Shopify orders to Google Sheets',
    ]);
    expect(await titles({ minRating: '4', sort: 'rating' })).toEqual([
      'Slack alerts for overdue invoices',
      'Shopify orders to Google Sheets',
    ]);
  });

  it('sorts by each key', async () => {
    expect(await titles({ sort: 'newest' })).toEqual([
      'Invoice reminders by email',
      'Slack alerts for overdue invoices',
      'Daily report for the finance team',
      'Shopify orders to Google Sheets',
    ]);
    expect(await titles({ sort: 'price-asc' })).toEqual([
      'Invoice reminders by email',
      'Daily report for the finance team',
      'Shopify orders to Google Sheets',
      'Slack alerts for overdue invoices',
    ]);
    expect(await titles({ sort: 'price-desc' })).toEqual([
      'Slack alerts for overdue invoices',
      'Shopify orders to Google Sheets',
      'Daily report for the finance team',
      'Invoice reminders by email',
    ]);
    expect(await titles({ sort: 'rating' })).toEqual([
      'Slack alerts for overdue invoices',
      'Shopify orders to Google Sheets',
      'Daily report for the finance team',
      'Invoice reminders by email',
    ]);
    expect(await titles({ sort: 'best-selling' })).toEqual([
      'Daily report for the finance team',
      'Shopify orders to Google Sheets',
      'Invoice reminders by email',
      'Slack alerts for overdue invoices',
    ]);
    // Relevance with words ranks; the prices come back as exact decimal strings.
    const r = await search({ q: 'shopify', sort: 'relevance' });
    expect(r.items.map((i) => i.price)).toEqual(['300000.00', '150000.00']);
  });
});

describe('catalog pagination', () => {
  beforeAll(async () => {
    const cat = await createTestCategory('Paged');
    for (let i = 0; i < PAGE_SIZE + 3; i++) {
      await createTestWorkflow({
        title: `Paged workflow ${String(i).padStart(2, '0')}`,
        price: `${1000 + i}.00`,
        categoryIds: [cat.id],
      });
    }
  });

  it('splits the results into pages with a total, and answers a page past the end with no items', async () => {
    const first = await search({ category: 'paged', sort: 'price-asc' });
    expect(first.total).toBe(PAGE_SIZE + 3);
    expect(first.totalPages).toBe(2);
    expect(first.page).toBe(1);
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.items[0]?.title).toBe('Paged workflow 00');
    const last = await search({ category: 'paged', sort: 'price-asc', page: '2' });
    expect(last.items.map((i) => i.title)).toEqual(['Paged workflow 12', 'Paged workflow 13', 'Paged workflow 14']);
    const beyond = await search({ category: 'paged', sort: 'price-asc', page: '9' });
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(PAGE_SIZE + 3);
    expect(beyond.totalPages).toBe(2);
    const invalid = await search({ category: 'paged', sort: 'price-asc', page: '-3' });
    expect(invalid.page).toBe(1);
    expect(invalid.items[0]?.title).toBe('Paged workflow 00');
  });
});
