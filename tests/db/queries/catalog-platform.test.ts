import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { catalogEntries, workflows } from '@/db/schema';
import { listCompatGroups } from '@/db/queries/catalog/categories';
import { searchWorkflows } from '@/db/queries/catalog/search-workflows';
import { parseCatalogSearch, type RawSearchParams } from '@/lib/validations/catalog';
import { compatFacets } from '@/lib/workflows/platforms';
import { createTestCategory, createTestWorkflow } from '../../helpers/factories';

/** The catalog's "Platform" filter (n8n / Make / Zapier) and its counts, browsing and searching words. */
const search = (params: RawSearchParams) => searchWorkflows(parseCatalogSearch(params));
const titles = async (params: RawSearchParams) => (await search(params)).items.map((i) => i.title).sort();
/** The platform counts the filter form shows (the cached whole-catalog groups when nothing narrows it). */
const counts = async (params: RawSearchParams) => {
  const state = parseCatalogSearch(params);
  const result = await searchWorkflows(state);
  return compatFacets(result.compatGroups ?? (await listCompatGroups()), state).platforms;
};

describe('catalog platform filter', () => {
  let marketing: { id: string; slug: string };
  let zapierId = '';
  beforeAll(async () => {
    marketing = await createTestCategory('Marketing');
    const ops = await createTestCategory('Operations');
    const w = (title: string, o: Parameters<typeof createTestWorkflow>[0] = {}) =>
      createTestWorkflow({ title, slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'), ...o });
    await w('Slack digest of new leads', {
      price: '100000.00',
      categoryIds: [marketing.id],
      metadata: { platform: 'n8n', apps: ['Slack'] },
    });
    await w('Invoice reminders on Slack', { price: '300000.00', categoryIds: [ops.id], metadata: { apps: ['Slack'] } });
    await w('Lead scoring sheet', { price: '500000.00', categoryIds: [marketing.id], metadata: { platform: 'n8n' } });
    await w('Slack leads from Facebook forms', {
      price: '200000.00',
      categoryIds: [marketing.id],
      metadata: { platform: 'make', apps: ['Slack', 'Facebook Lead Ads'] },
    });
    zapierId = (
      await w('Gmail invoices to Google Drive', {
        price: '400000.00',
        categoryIds: [ops.id],
        metadata: { platform: 'zapier', apps: ['Gmail', 'Google Drive'] },
      })
    ).id;
    await w('Retired Make scenario for Slack', {
      status: 'expired',
      categoryIds: [marketing.id],
      metadata: { platform: 'make', apps: ['Slack'] },
    });
  });

  it('counts every platform of the active catalog; a workflow whose metadata names none is n8n', async () => {
    expect(await counts({})).toEqual({ n8n: 3, make: 1, zapier: 1 });
    const entries = await db.select({ platform: catalogEntries.platform }).from(catalogEntries);
    expect(entries.map((e) => e.platform).sort()).toEqual(['make', 'n8n', 'n8n', 'n8n', 'zapier']);
  });

  it('browsing, lists only the chosen platform, whose counts stay those of every platform', async () => {
    expect(await titles({ platform: 'make' })).toEqual(['Slack leads from Facebook forms']);
    expect(await titles({ platform: 'n8n' })).toEqual([
      'Invoice reminders on Slack',
      'Lead scoring sheet',
      'Slack digest of new leads',
    ]);
    const made = await search({ platform: 'make' });
    expect(made.total).toBe(1);
    expect(await counts({ platform: 'make' })).toEqual({ n8n: 3, make: 1, zapier: 1 });
    // The app counts follow the platform filter.
    expect(made.appFacets).toEqual([
      { name: 'Facebook Lead Ads', count: 1 },
      { name: 'Slack', count: 1 },
    ]);
  });

  it('with a category and other filters, counts only what they let through', async () => {
    expect(await counts({ category: marketing.slug })).toEqual({ n8n: 2, make: 1, zapier: 0 });
    expect(await titles({ category: marketing.slug, platform: 'n8n' })).toEqual([
      'Lead scoring sheet',
      'Slack digest of new leads',
    ]);
    expect(await counts({ maxPrice: '250000' })).toEqual({ n8n: 1, make: 1, zapier: 0 });
    expect(await titles({ maxPrice: '250000', platform: 'zapier' })).toEqual([]);
    expect((await search({ maxPrice: '250000', platform: 'zapier' })).total).toBe(0);
  });

  it('searching words, filters and counts the matches by platform', async () => {
    expect(await counts({ q: 'slack' })).toEqual({ n8n: 2, make: 1, zapier: 0 });
    expect(await titles({ q: 'slack', platform: 'make' })).toEqual(['Slack leads from Facebook forms']);
    expect(await counts({ q: 'slack', platform: 'make' })).toEqual({ n8n: 2, make: 1, zapier: 0 });
    // Nothing for Zapier: the counts still say where the words match (not the typo pass's empty counts).
    expect((await search({ q: 'slack', platform: 'zapier' })).total).toBe(0);
    expect(await counts({ q: 'slack', platform: 'zapier' })).toEqual({ n8n: 2, make: 1, zapier: 0 });
    // Through the typo-tolerant pass too.
    expect(await titles({ q: 'slakc', platform: 'n8n' })).toEqual([
      'Invoice reminders on Slack',
      'Slack digest of new leads',
    ]);
  });

  it('follows an edit of the workflow: a platform changed moves it to the other count', async () => {
    await db
      .update(workflows)
      .set({ metadata: { platform: 'n8n', apps: ['Gmail', 'Google Drive'] } })
      .where(eq(workflows.id, zapierId));
    expect(await counts({})).toEqual({ n8n: 4, make: 1, zapier: 0 });
    expect(await titles({ platform: 'zapier' })).toEqual([]);
    await db
      .update(workflows)
      .set({ metadata: { platform: 'zapier', apps: ['Gmail', 'Google Drive'] } })
      .where(eq(workflows.id, zapierId));
    expect(await counts({})).toEqual({ n8n: 3, make: 1, zapier: 1 });
  });
});
