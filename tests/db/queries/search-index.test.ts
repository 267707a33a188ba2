import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, queryRows } from '@/db';
import { resolveAliases } from '@/db/queries/catalog/search-aliases';
import { indexedSearch, searchIndexReady } from '@/db/queries/catalog/search-index';
import { exactMatch, spellings, withAppBoost } from '@/db/queries/catalog/search-text';
import { searchWorkflows, type CatalogResult } from '@/db/queries/catalog/search-workflows';
import { runMaintenance } from '@/db/queries/maintenance';
import { seedDemo } from '@/db/seed/demo';
import { seedLargeCatalog } from '@/db/seed/large';
import { categories, workflows } from '@/db/schema';
import { parseCatalogSearch, type RawSearchParams } from '@/lib/validations/catalog';
import { createTestWorkflow } from '../../helpers/factories';

/*
 * The in-process search index (db/queries/catalog/search-index.ts) answers a word search as the SQL statement
 * does: the same page in the same order, total, category facets, app facets and "Runs on" groups, for every
 * query of the golden set and for filters, sorts and pages; and it sees every change on the next search.
 */

const golden = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../search/golden.json'), 'utf8')) as {
  queries: { q: string }[];
};

/** A result with its "Runs on" groups in one order (SQL's group order is the hash table's). */
function comparable(result: CatalogResult) {
  const groups = [...(result.compatGroups ?? [])].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    ...result,
    items: result.items.map((i) => `${i.slug} ${i.salesCount}`),
    fullItems: result.items,
    compatGroups: groups,
  };
}

async function both(params: RawSearchParams) {
  const search = parseCatalogSearch(params);
  const viaSql = await searchWorkflows(search, { engine: 'sql' });
  const viaIndex = await searchWorkflows(search, { engine: 'index' });
  return { viaSql: comparable(viaSql), viaIndex: comparable(viaIndex) };
}

async function expectSame(params: RawSearchParams) {
  const { viaSql, viaIndex } = await both(params);
  expect(viaIndex, JSON.stringify(params)).toEqual(viaSql);
  return viaSql;
}

describe('the in-process search index', () => {
  beforeAll(async () => {
    expect(await seedDemo(db, () => {})).toEqual({ seeded: true });
    await seedLargeCatalog(db, 600);
    await searchIndexReady();
  }, 300_000);

  it('answers every golden query as SQL does', async () => {
    let matched = 0;
    for (const { q } of golden.queries) {
      const result = await expectSame({ q });
      if (result.total > 0) matched++;
    }
    expect(matched).toBeGreaterThan(golden.queries.length * 0.9);
  }, 300_000);

  it('answers plain word searches itself (not through the SQL fallback)', async () => {
    for (const q of ['slack', 'gsheets', 'ai summar', 'slack -gmail', 'slack or gmail']) {
      const search = parseCatalogSearch({ q });
      const aliases = await resolveAliases(db, q);
      const match = withAppBoost(exactMatch(spellings(q, aliases.query), false), aliases.targets);
      const viaIndex = await indexedSearch(search, match, () => sql`'[]'::json`, true);
      expect(viaIndex?.total, q).toBe((await searchWorkflows(search, { engine: 'sql' })).total);
      expect(viaIndex!.total, q).toBeGreaterThan(0);
    }
    // A phrase is left to SQL.
    const phrase = parseCatalogSearch({ q: '"google sheets"' });
    expect(
      await indexedSearch(phrase, exactMatch(spellings('"google sheets"'), false), () => sql`'[]'::json`, true),
    ).toBeNull();
  });

  it('answers broad searches with filters, sorts and pages as SQL does', async () => {
    const cases: RawSearchParams[] = [
      { q: 'slack' },
      { q: 'slack', page: '2' },
      { q: 'slack', sort: 'newest' },
      { q: 'slack', sort: 'price-asc', page: '3' },
      { q: 'slack', sort: 'price-desc' },
      { q: 'slack', sort: 'rating' },
      { q: 'slack', sort: 'best-selling' },
      { q: 'slack', minPrice: '100000', maxPrice: '400000' },
      { q: 'slack', minRating: '4' },
      { q: 'slack', app: ['Gmail'] },
      { q: 'slack', app: ['Gmail', 'Notion'] },
      { q: 'slack', platform: 'make' },
      { q: 'slack', n8n: '1.0.0' },
      { q: 'slack', builtIn: '1' },
      { q: 'invoices', category: ['finance-accounting'] },
      { q: 'invoices', category: ['finance-accounting', 'marketing'], sort: 'rating' },
      { q: 'gsheets' },
      { q: 'google sheets orders' },
      { q: 'ai summar' },
      { q: 'shopfy' },
      { q: 'slack -gmail' },
      { q: 'slack or gmail' },
      { q: 'marketing' },
      { q: 'the' },
      { q: 'zzzzqqq' },
      { q: 'hoa don' },
    ];
    for (const params of cases) await expectSame(params);
    // Nothing in the chosen category, typos or not: the page shows where the words do match (the exact
    // pass's facets, which the index renders only once the typo passes found nothing either).
    const [finance] = await db
      .select({ id: categories.id })
      .from(categories)
      .where(eq(categories.slug, 'finance-accounting'));
    await createTestWorkflow({
      title: 'Reconcile kangaroo ledgers',
      slug: 'reconcile-kangaroo-ledgers',
      categoryIds: [finance!.id],
    });
    const elsewhere = await expectSame({ q: 'kangaroo', category: ['marketing'] });
    expect(elsewhere.total).toBe(0);
    expect(elsewhere.facets.find((f) => f.slug === 'finance-accounting')?.count).toBeGreaterThan(0);
  }, 300_000);

  it('sees a new, changed or retired workflow on the next search', async () => {
    const title = 'Reconcile quokka ledgers nightly';
    const added = await createTestWorkflow({ title, slug: 'reconcile-quokka-ledgers' });
    let result = await expectSame({ q: 'quokka' });
    expect(result.items).toEqual([`reconcile-quokka-ledgers 0`]);

    await db.update(workflows).set({ salesCount: 7, price: '5000.00' }).where(eq(workflows.id, added.id));
    result = await expectSame({ q: 'quokka', maxPrice: '6000' });
    expect(result.items).toEqual([`reconcile-quokka-ledgers 7`]);

    await db.update(workflows).set({ title: 'Reconcile wombat ledgers nightly' }).where(eq(workflows.id, added.id));
    expect((await expectSame({ q: 'quokka' })).total).toBe(0);
    expect((await expectSame({ q: 'wombat' })).total).toBe(1);

    await db.update(workflows).set({ status: 'expired' }).where(eq(workflows.id, added.id));
    expect((await expectSame({ q: 'wombat' })).total).toBe(0);
    await db.update(workflows).set({ status: 'active' }).where(eq(workflows.id, added.id));
    expect((await expectSame({ q: 'wombat' })).total).toBe(1);

    await db.delete(workflows).where(eq(workflows.id, added.id));
    expect((await expectSame({ q: 'wombat' })).total).toBe(0);
  });

  it('logs each changed entry with its transaction, and the maintenance chore prunes the log after a day', async () => {
    const added = await createTestWorkflow({ title: 'Log the platypus', slug: 'log-the-platypus' });
    const logged = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from catalog_entry_changes where workflow_id = ${added.id}`,
    );
    expect(logged[0]!.n).toBe(1);
    expect((await expectSame({ q: 'platypus' })).total).toBe(1);
    const before = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from catalog_entry_changes`);
    expect(before[0]!.n).toBeGreaterThan(0);
    expect((await runMaintenance(new Date(Date.now() + 25 * 3_600_000))).prunedSearchChanges).toBe(before[0]!.n);
    const after = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from catalog_entry_changes`);
    expect(after[0]!.n).toBe(0);
    // The index goes on from its snapshot: a change after the pruning is seen, the earlier ones are kept.
    await db.update(workflows).set({ title: 'Log the platypus and the echidna' }).where(eq(workflows.id, added.id));
    expect((await expectSame({ q: 'echidna' })).total).toBe(1);
    expect((await expectSame({ q: 'quokka' })).total).toBe(0);
  });
});
