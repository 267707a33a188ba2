import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, queryRows } from '@/db';
import { workflows } from '@/db/schema';
import { listCompatGroups } from '@/db/queries/catalog/categories';
import { searchWorkflows } from '@/db/queries/catalog/search-workflows';
import { parseCatalogSearch, type RawSearchParams } from '@/lib/validations/catalog';
import { analyzeWorkflow } from '@/lib/workflows/analyze';
import { compatFacets, encodeN8nVersion } from '@/lib/workflows/platforms';
import { createTestWorkflow } from '../../helpers/factories';

/** Issue 17, "Compatibility up front": the catalog's "My n8n version" and "No community nodes" filters. */
const node = (name: string, type: string, typeVersion?: unknown) => ({
  name,
  type,
  ...(typeVersion === undefined ? {} : { typeVersion }),
  position: [0, 0],
  parameters: {},
});
const export_ = (nodes: unknown[], settings?: unknown) => ({ name: 'x', nodes, connections: {}, settings });

const AGENT = export_(
  [node('Chat', '@n8n/n8n-nodes-langchain.chatTrigger', 1.1), node('Agent', '@n8n/n8n-nodes-langchain.agent', 1.7)],
  { executionOrder: 'v1' },
);
const V1 = export_([node('Cron', 'n8n-nodes-base.scheduleTrigger', 1.2), node('Slack', 'n8n-nodes-base.slack', 2)], {
  executionOrder: 'v1',
});
const OLD = export_([node('Cron', 'n8n-nodes-base.cron', 1), node('Mail', 'n8n-nodes-base.emailSend', 1)]);
const ZALO = export_([node('Hook', 'n8n-nodes-base.webhook', 2), node('Zalo', 'n8n-nodes-zalo-oa.zaloOa', 1)], {
  executionOrder: 'v1',
});

const search = (params: RawSearchParams) => searchWorkflows(parseCatalogSearch(params));
const titles = async (params: RawSearchParams) => (await search(params)).items.map((i) => i.title).sort();
const facets = async (params: RawSearchParams) => {
  const state = parseCatalogSearch(params);
  return compatFacets((await searchWorkflows(state)).compatGroups ?? (await listCompatGroups()), state);
};

describe('the catalog entry reads what a workflow JSON needs as lib/workflows/analyze.ts does', () => {
  // The database reads the JSON on every write of a workflow (db/sql/catalog-entries.sql); the page's
  // "Will it run on my n8n?" box reads it in TypeScript. Both must say the same for any JSON.
  const cases: Array<[string, unknown]> = [
    ['LangChain nodes', AGENT],
    ['executionOrder v1', V1],
    ['no settings', OLD],
    ['a community node', ZALO],
    ['a LangChain node of type version 0.5', export_([node('A', '@n8n/n8n-nodes-langchain.agent', 0.5)])],
    ['a LangChain node without a type version', export_([node('A', '@n8n/n8n-nodes-langchain.agent')])],
    ['a type version as text', export_([node('A', '@n8n/n8n-nodes-langchain.agent', '2')])],
    ['a sticky note only', export_([node('Note', 'n8n-nodes-base.stickyNote', 1)])],
    ['a node type without a package', export_([node('A', 'slack', 1)])],
    ['a node type starting with a dot', export_([node('A', '.slack', 1)])],
    ['nested packages', export_([node('A', '@acme/n8n-nodes-tools.sub.thing', 1)])],
    ['a node without a name', export_([{ type: 'n8n-nodes-zalo.zalo' }])],
    ['nodes not an array', { nodes: { a: 1 }, connections: {} }],
    ['settings not an object', { nodes: [], settings: ['v1'] }],
    ['executionOrder v0', export_([], { executionOrder: 'v0' })],
    ['a Make scenario', { name: 'Make', flow: [{ id: 1, module: 'slack:CreateMessage' }] }],
  ];
  it.each(cases)('%s', async (_name, definition) => {
    const [row] = await queryRows<{ min: number | null; community: boolean }>(
      db,
      sql`select usi_workflow_min_n8n(${JSON.stringify(definition)}::jsonb) as min,
        usi_workflow_community(${JSON.stringify(definition)}::jsonb) as community`,
    );
    const analysis = analyzeWorkflow(definition);
    expect(row!.min).toBe(analysis.minN8nVersion === null ? null : encodeN8nVersion(analysis.minN8nVersion));
    expect(row!.community).toBe(analysis.communityNodes.length > 0);
  });
});

describe('catalog n8n filters', () => {
  let agentId = '';
  beforeAll(async () => {
    const w = (title: string, definition: Record<string, unknown>, platform: 'n8n' | 'make' = 'n8n') =>
      createTestWorkflow({
        title,
        slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
        definition,
        metadata: { platform, apps: ['Slack'] },
      });
    agentId = (await w('Support agent for Slack', AGENT)).id;
    await w('Slack standup reminder', V1);
    await w('Weekly Slack mail digest', OLD);
    await w('Zalo OA replies to Slack', ZALO);
    await w('Slack scenario for Make', { name: 'Make', flow: [] }, 'make');
  });

  it('counts each version a shopper may run, newest minimum first, and the templates without community nodes', async () => {
    const f = await facets({});
    expect(f.versions).toEqual([
      { version: 1_019_000, count: 4 },
      { version: 1_000_000, count: 3 },
      { version: 0, count: 1 },
    ]);
    expect(f.anyVersion).toBe(5);
    expect(f.builtIn).toBe(4);
  });

  it('lists only the n8n templates that run on the chosen version, or need no community node', async () => {
    expect(await titles({ n8n: '1.5' })).toEqual([
      'Slack standup reminder',
      'Weekly Slack mail digest',
      'Zalo OA replies to Slack',
    ]);
    expect(await titles({ n8n: '1.19.0' })).toHaveLength(4);
    expect(await titles({ n8n: '0' })).toEqual(['Weekly Slack mail digest']);
    expect(await titles({ n8n: '1.5', builtIn: '1' })).toEqual(['Slack standup reminder', 'Weekly Slack mail digest']);
    // Through a word search too, with the other facets counted without their own filter.
    expect(await titles({ q: 'slack', builtIn: '1', n8n: '1.19' })).toEqual([
      'Slack standup reminder',
      'Support agent for Slack',
      'Weekly Slack mail digest',
    ]);
    const f = await facets({ q: 'slack', builtIn: '1', n8n: '1.5' });
    expect(f.platforms).toEqual({ n8n: 2, make: 0, zapier: 0 });
    expect(f.builtIn).toBe(2);
    expect(f.versions.map((v) => v.count)).toEqual([3, 2, 1]);
    // A version that is not one reads as any version.
    expect((await search({ n8n: 'latest' })).total).toBe(5);
  });

  it('follows a new definition: a release that adds an AI node raises the minimum', async () => {
    await db.update(workflows).set({ definition: OLD }).where(eq(workflows.id, agentId));
    expect(await titles({ n8n: '0' })).toEqual(['Support agent for Slack', 'Weekly Slack mail digest']);
    await db.update(workflows).set({ definition: AGENT }).where(eq(workflows.id, agentId));
    expect(await titles({ n8n: '0' })).toEqual(['Weekly Slack mail digest']);
  });

  it('puts what a template needs on its card', async () => {
    const cards = (await search({ sort: 'newest' })).items;
    const card = (title: string) => cards.find((c) => c.title === title)!;
    expect(card('Support agent for Slack')).toMatchObject({ minN8n: 1_019_000, communityNodes: false });
    expect(card('Zalo OA replies to Slack')).toMatchObject({ minN8n: 1_000_000, communityNodes: true });
    expect(card('Weekly Slack mail digest')).toMatchObject({ minN8n: null, communityNodes: false });
  });
});
