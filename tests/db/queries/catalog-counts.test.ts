import { and, eq, sql, type SQL } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, queryRows } from '@/db';
import { searchWorkflows } from '@/db/queries/catalog/search-workflows';
import { categories, workflowCategories, workflows } from '@/db/schema';
import { MAX_COMPLETIONS } from '@/db/queries/catalog/search-text';
import { parseCatalogSearch, type RawSearchParams } from '@/lib/validations/catalog';
import { createTestCategory, createTestWorkflow } from '../../helpers/factories';

const search = (params: RawSearchParams) => searchWorkflows(parseCatalogSearch(params));

/** The same numbers counted the slow way: active workflows in all, per category, in any of two. */
async function counted() {
  const [row] = await queryRows<{ total: number; facets: Record<string, number> | string }>(
    db,
    sql`select (select count(*)::int from workflows where status = 'active') as total,
      (select coalesce(json_object_agg(c.slug, (select count(*) from workflow_categories wc join workflows w
        on w.id = wc.workflow_id and w.status = 'active' where wc.category_id = c.id)), '{}'::json) from categories c) as facets`,
  );
  const facets = typeof row!.facets === 'string' ? (JSON.parse(row!.facets) as Record<string, number>) : row!.facets;
  return { total: row!.total, facets };
}

/** catalog_entries (what word searches read) must be exactly the active workflows, field for field. */
async function expectEntriesKept() {
  const project = (
    from: SQL,
  ) => sql`select id::text, created_at, review_count, sales_count, price::text, rating_avg::text,
    category_ids::text, apps::text, title_vector::text, search_vector::text from (${from}) x order by id`;
  const kept = await queryRows(
    db,
    project(sql`select e.workflow_id as id, e.created_at, e.review_count, e.sales_count, e.price,
    e.rating_avg, s.category_ids, e.apps, e.title_vector, e.search_vector
    from catalog_entries e join category_sets s on s.id = e.category_set_id`),
  );
  const derived = await queryRows(
    db,
    project(sql`select w.id, w.created_at, w.review_count, w.sales_count, w.price, w.rating_avg,
    array(select l.category_id from workflow_categories l where l.workflow_id = w.id order by 1) as category_ids,
    array(select jsonb_array_elements_text(w.metadata->'apps')) as apps,
    setweight(to_tsvector('english', w.title), 'A') as title_vector, w.search_vector
    from workflows w where w.status = 'active'`),
  );
  expect(kept).toEqual(derived);
  // search_lexemes holds every lexeme of every entry (the last word is completed through it).
  const missing = await queryRows(
    db,
    sql`select l from catalog_entries e, unnest(tsvector_to_array(e.search_vector)) l
    where not exists (select 1 from search_lexemes s where s.lexeme = l)`,
  );
  expect(missing).toEqual([]);
}

/** Every workflow's category set holds exactly its categories (sorted), active or not. */
async function expectSetsKept() {
  const wrong = await queryRows(
    db,
    sql`select w.id from workflows w left join category_sets s on s.id = w.category_set_id
    where s.category_ids is distinct from array(select l.category_id from workflow_categories l where l.workflow_id = w.id order by 1)`,
  );
  expect(wrong).toEqual([]);
}

/** The unfiltered catalog's total and facets (from the kept counts) must equal the counted ones. */
async function expectCountsKept() {
  await expectSetsKept();
  await expectEntriesKept();
  const r = await search({});
  const { total, facets } = await counted();
  expect(r.total).toBe(total);
  expect(Object.fromEntries(r.facets.map((f) => [f.slug, f.count]))).toEqual(facets);
  for (const slug of Object.keys(facets)) expect((await search({ category: slug })).total).toBe(facets[slug]);
  // A filtered catalog counts through each workflow's kept category_ids: the same numbers.
  const filtered = await search({ minPrice: '0' });
  expect(Object.fromEntries(filtered.facets.map((f) => [f.slug, f.count]))).toEqual(facets);
  await expectFacetCountsKept(Object.keys(facets));
}

/**
 * The kept facet counts (catalog_compat_counts, catalog_app_counts) equal a recount of catalog_entries, and a
 * browse by rating and categories (read from them) finds the total and facets the scan of the matches finds
 * (`minPrice: 0` takes the scan: every price is at least 0).
 */
async function expectFacetCountsKept(slugs: string[]) {
  const compat = sql`select rating_floor, category_set_id, platform, min_n8n, community_nodes, entries
    from catalog_compat_counts order by 1, 2, 3, 4, 5`;
  const apps = sql`select rating_floor, category_set_id, app, entries from catalog_app_counts order by 1, 2, 3`;
  const keptCompat = await queryRows(db, compat);
  const keptApps = await queryRows(db, apps);
  await queryRows(db, sql`select usi_catalog_facet_counts_recount()`);
  expect(await queryRows(db, compat)).toEqual(keptCompat);
  expect(await queryRows(db, apps)).toEqual(keptApps);
  const counts = (r: Awaited<ReturnType<typeof search>>) => ({
    total: r.total,
    facets: r.facets,
    appFacets: r.appFacets,
    compatGroups: [...(r.compatGroups ?? [])].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  });
  const chosen = [slugs.slice(0, 1), slugs.slice(0, 2), []];
  for (const minRating of [undefined, '1', '4', '5']) {
    for (const category of chosen) {
      if (minRating === undefined && category.length === 0) continue;
      const params = { ...(minRating ? { minRating } : {}), category };
      expect(counts(await search(params))).toEqual(counts(await search({ ...params, minPrice: '0' })));
    }
  }
}

describe('kept catalog counts and category ids', () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    ids.a = (await createTestCategory('Count A')).id;
    ids.b = (await createTestCategory('Count B')).id;
    ids.w1 = (await createTestWorkflow({ categoryIds: [ids.a, ids.b] })).id;
    ids.w2 = (await createTestWorkflow({ categoryIds: [ids.a] })).id;
    ids.w3 = (await createTestWorkflow({ status: 'expired', categoryIds: [ids.a, ids.b] })).id;
    ids.w4 = (await createTestWorkflow({ categoryIds: [] })).id;
  });

  it('counts active workflows and their links as they are created', async () => {
    expect((await search({})).facets.map((f) => [f.slug, f.count])).toEqual([
      ['count-a', 2],
      ['count-b', 1],
    ]);
    expect((await search({})).total).toBe(3);
    expect((await search({ category: ['count-a', 'count-b'] })).total).toBe(2);
    await expectCountsKept();
  });

  it('follows status changes, link changes and deletions', async () => {
    await db.update(workflows).set({ status: 'expired' }).where(eq(workflows.id, ids.w1!));
    await expectCountsKept();
    await db.update(workflows).set({ status: 'active' }).where(eq(workflows.id, ids.w3!));
    await expectCountsKept();
    // Updates that leave the status alone change nothing.
    await db.update(workflows).set({ salesCount: 5 }).where(eq(workflows.id, ids.w3!));
    await expectCountsKept();
    // Every field a search reads follows the workflow: title, texts, price, rating, apps.
    await db
      .update(workflows)
      .set({
        title: 'Renamed for search',
        shortDescription: 'New words',
        features: ['Retries'],
        price: '12.50',
        ratingAvg: '4.20',
        reviewCount: 7,
        metadata: { apps: ['Notion', 'Slack'] },
      })
      .where(eq(workflows.id, ids.w3!));
    await expectCountsKept();
    expect((await search({ q: 'renamed', app: 'Notion' })).items.map((i) => i.id)).toEqual([ids.w3]);
    await db.insert(workflowCategories).values({ workflowId: ids.w4!, categoryId: ids.b! });
    await db
      .delete(workflowCategories)
      .where(and(eq(workflowCategories.workflowId, ids.w3!), eq(workflowCategories.categoryId, ids.a!)));
    await db.update(workflowCategories).set({ categoryId: ids.a! }).where(eq(workflowCategories.workflowId, ids.w4!));
    await expectCountsKept();
    await db.delete(workflows).where(eq(workflows.id, ids.w2!));
    await db.delete(workflows).where(eq(workflows.id, ids.w1!));
    await expectCountsKept();
    expect((await search({ category: ['count-a', 'count-b'] })).total).toBe(2);
    await db.delete(categories).where(eq(categories.id, ids.b!));
    await expectCountsKept();
  });
});

describe('the layout of a catalog entry', () => {
  it('holds the columns in the order of the schema: the sort keys and the category set first, the search vector last', async () => {
    // A word search reads the category set and sort keys of every match; behind the ~700-byte vector they
    // would cost a second read of memory per match (migration 0012). A dropped column would show here too.
    const columns = await queryRows<{ name: string }>(
      db,
      sql`select attname as name from pg_attribute
      where attrelid = 'catalog_entries'::regclass and attnum > 0 order by attnum`,
    );
    expect(columns.map((c) => c.name)).toEqual([
      'workflow_id',
      'created_at',
      'review_count',
      'sales_count',
      'price',
      'rating_avg',
      'category_set_id',
      'apps',
      'platform',
      'min_n8n',
      'community_nodes',
      'title_vector',
      'search_vector',
    ]);
  });
});

describe('kept title words (typo-tolerant search with pg_trgm)', () => {
  it('finds a workflow through a typo of a word it was given by a later title change', async () => {
    const w = await createTestWorkflow({ title: 'Plain title' });
    const typo = () => searchWorkflows(parseCatalogSearch({ q: 'zendsk' }));
    expect((await typo()).total).toBe(0);
    await db.update(workflows).set({ title: 'Zendesk tickets to a sheet' }).where(eq(workflows.id, w.id));
    const found = await typo();
    expect(found.typoTolerant).toBe(true);
    expect(found.items.map((i) => i.title)).toEqual(['Zendesk tickets to a sheet']);
  });
});

describe('completing the last word through search_lexemes', () => {
  it('completes a word a later edit brought, and falls back to a prefix match past MAX_COMPLETIONS', async () => {
    const w = await createTestWorkflow({ title: 'Plain words only' });
    expect((await search({ q: 'quuxfrob' })).total).toBe(0);
    await db.update(workflows).set({ description: 'Now it speaks quuxfrobnicator.' }).where(eq(workflows.id, w.id));
    await expectCountsKept();
    expect((await search({ q: 'plain quuxfrob' })).items.map((i) => i.id)).toEqual([w.id]);
    // More completions than are spelled out: the prefix match finds them all the same.
    const many = MAX_COMPLETIONS + 6;
    await Promise.all(
      Array.from({ length: many }, (_, i) =>
        createTestWorkflow({ title: `Zephyrword${String(i).padStart(3, '0')} sync` }),
      ),
    );
    expect((await search({ q: 'zephyrw' })).total).toBe(many);
    expect((await search({ q: 'sync zephyrw' })).total).toBe(many);
  });
});

describe.runIf(process.env.TEST_DRIVER === 'postgres')('category sets at the same moment', () => {
  it('twenty workflows inserted at once with one new set of categories share one set row', async () => {
    // Inserted with their category ids (as the large seed does): each insert looks the new set up at once.
    const ids = [(await createTestCategory('Set X')).id, (await createTestCategory('Set Y')).id].sort();
    const made = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.transaction(async (tx) => {
          const [w] = await tx
            .insert(workflows)
            .values({
              slug: `set-race-${i}`,
              title: `Set race ${i}`,
              shortDescription: 'Race',
              description: 'Race',
              price: '1.00',
              definition: { nodes: [] },
              categoryIds: ids,
            })
            .returning({ id: workflows.id, setId: workflows.categorySetId });
          return w!;
        }),
      ),
    );
    expect(new Set(made.map((w) => w.setId)).size).toBe(1);
    const sets = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from category_sets where category_ids = ${`{${ids.join(',')}}`}::uuid[]`,
    );
    expect(sets[0]!.n).toBe(1);
    await db.delete(workflows).where(sql`${workflows.slug} like 'set-race-%'`);
  });
});
