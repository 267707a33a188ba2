import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { listAppOptions, listSitemapEntries, getCategoryBySlug } from '@/db/queries/catalog/categories';
import { getWorkflowBySlug } from '@/db/queries/catalog/get-workflow';
import { getHomeData } from '@/db/queries/catalog/home';
import { listRelatedWorkflows } from '@/db/queries/catalog/related-workflows';
import { workflowAssets } from '@/db/schema';
import { buildSmallDefinition } from '@/db/seed/n8n';
import { createTestCategory, createTestWorkflow } from '../../helpers/factories';

describe('workflow page and home data', () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const a = await createTestCategory('Alpha');
    const b = await createTestCategory('Beta');
    const main = await createTestWorkflow({
      slug: 'main',
      title: 'Main workflow',
      price: '250000.50',
      ratingAvg: '4.25',
      reviewCount: 8,
      salesCount: 1,
      categoryIds: [a.id, b.id],
      definition: buildSmallDefinition('Main', 'Slack') as unknown as Record<string, unknown>,
      description: '## Steps\n\n<script>alert(1)</script>Hello',
    });
    ids.main = main.id;
    await db.insert(workflowAssets).values([
      { workflowId: main.id, kind: 'image', storageKey: '/covers/main.svg', alt: 'Cover', sortOrder: 0 },
      {
        workflowId: main.id,
        kind: 'video',
        storageKey: 'https://videos.example/main.mp4',
        title: 'Demo',
        sortOrder: 2,
      },
      { workflowId: main.id, kind: 'file', storageKey: 'private/main.json', title: 'Secret file', sortOrder: 1 },
    ]);
    ids.both = (
      await createTestWorkflow({ slug: 'both', title: 'Shares both', salesCount: 1, categoryIds: [a.id, b.id] })
    ).id;
    ids.one = (
      await createTestWorkflow({ slug: 'one', title: 'Shares one, sells more', salesCount: 99, categoryIds: [a.id] })
    ).id;
    await createTestWorkflow({ slug: 'none', title: 'Unrelated', categoryIds: [] });
    await createTestWorkflow({
      slug: 'gone',
      title: 'Expired relative',
      status: 'expired',
      salesCount: 1000,
      categoryIds: [a.id, b.id],
    });
  });

  it('returns the page data with the analysis, never the workflow JSON or paid files', async () => {
    const w = await getWorkflowBySlug('main');
    expect(w).toMatchObject({
      title: 'Main workflow',
      price: '250000.50',
      ratingAvg: 4.25,
      reviewCount: 8,
      status: 'active',
    });
    expect(w?.categories.map((c) => c.slug)).toEqual(['alpha', 'beta']);
    expect(w?.gallery).toEqual([
      { kind: 'image', src: '/covers/main.svg', alt: 'Cover', title: null },
      { kind: 'video', src: 'https://videos.example/main.mp4', alt: 'Demo', title: 'Demo' },
    ]);
    expect(w?.analysis).toMatchObject({ nodeCount: 3, apps: ['Slack'], communityNodes: [] });
    expect(w?.canvas.nodes).toHaveLength(3);
    expect(w).not.toHaveProperty('definition');
    expect(JSON.stringify(w)).not.toContain('webhookId');
    expect(await getWorkflowBySlug('nope')).toBeNull();
    expect((await getWorkflowBySlug('gone'))?.status).toBe('expired');
  });

  it('lists related workflows by shared categories, then sales, without itself or expired ones', async () => {
    const related = await listRelatedWorkflows(ids.main!);
    expect(related.map((r) => r.slug)).toEqual(['both', 'one']);
  });

  it('builds the home page and the sitemap from active workflows only', async () => {
    const home = await getHomeData();
    expect(home.bestRated.map((w) => w.slug)).toEqual(['main']);
    expect(home.bestSelling[0]?.slug).toBe('one');
    expect(home.newest.map((w) => w.slug)).not.toContain('gone');
    expect(home.categories.map((c) => [c.slug, c.workflowCount])).toEqual([
      ['alpha', 3],
      ['beta', 2],
    ]);
    expect(home.bestRated[0]?.cover).toBe('/covers/main.svg');
    const sitemap = await listSitemapEntries();
    expect(sitemap.map((e) => e.path).sort()).toEqual(
      [
        '/categories/alpha',
        '/categories/beta',
        '/workflows/both',
        '/workflows/main',
        '/workflows/none',
        '/workflows/one',
      ].sort(),
    );
    expect(Number.isNaN(new Date(sitemap[0]!.lastModified).getTime())).toBe(false);
    expect(await getCategoryBySlug('alpha')).toMatchObject({ name: 'Alpha' });
    expect((await listAppOptions()).map((a) => a.name)).toEqual(['Slack']);
  });
});
