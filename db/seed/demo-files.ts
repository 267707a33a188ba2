/**
 * The demo shop's paid files: a setup guide (`file`) and workflow notes (`doc`) per workflow, generated
 * from the workflow's own data and written through the storage module, so downloads work in the demo.
 */
import { eq, like } from 'drizzle-orm';
import { storage, type Storage } from '../../lib/storage';
import type { Database } from '../client';
import { workflowAssets, workflows, type WorkflowMetadata } from '../schema';

export type DemoFacts = {
  title: string;
  shortDescription: string;
  features: string[];
  metadata: WorkflowMetadata;
  definition: Record<string, unknown>;
};

type DefinitionNode = { name?: unknown; type?: unknown; credentials?: Record<string, unknown> };

function nodesOf(definition: Record<string, unknown>): { name: string; type: string; credentials: string[] }[] {
  const nodes = Array.isArray(definition.nodes) ? (definition.nodes as DefinitionNode[]) : [];
  return nodes.map((n) => ({
    name: String(n.name ?? 'Node'),
    type: String(n.type ?? '').replace(/^n8n-nodes-base\./, ''),
    credentials: Object.keys(n.credentials ?? {}),
  }));
}

export function demoSetupGuide(w: DemoFacts): string {
  const nodes = nodesOf(w.definition);
  const credentials = [...new Set(nodes.flatMap((n) => n.credentials))];
  const apps = w.metadata.apps ?? [];
  return [
    `# Setup guide: ${w.title}`,
    '',
    w.shortDescription,
    '',
    '## What you need',
    '',
    '- An n8n instance (n8n Cloud or self-hosted, version 1.0 or later)',
    ...(apps.length ? [`- Accounts on ${apps.join(', ')}`] : []),
    '',
    '## Steps',
    '',
    '1. Download the workflow JSON from your library.',
    '2. In n8n, open **Workflows → Import from file** and choose it.',
    credentials.length
      ? `3. Open each node with a warning sign and connect its credential: ${credentials.join(', ')}.`
      : '3. This workflow needs no credentials.',
    `4. Run it once with test data${w.metadata.setupMinutes ? ` (setup takes about ${w.metadata.setupMinutes} minutes)` : ''}, then activate it.`,
    '',
    `## The ${nodes.length} nodes`,
    '',
    ...nodes.map((n) => `- **${n.name}** (${n.type})`),
    '',
  ].join('\n');
}

export function demoWorkflowNotes(w: DemoFacts): string {
  return [
    `# Workflow notes: ${w.title}`,
    '',
    '## What it does',
    '',
    ...w.features.map((f) => `- ${f}`),
    '',
    '## Good to know',
    '',
    `- Level: ${w.metadata.level ?? 'any'}${w.metadata.setupMinutes ? `, about ${w.metadata.setupMinutes} minutes to set up` : ''}.`,
    `- Platform: ${w.metadata.platform ?? 'n8n'}.`,
    '- Credentials in the JSON are placeholders: n8n asks you to connect your own on import.',
    '- Questions or a problem with the import? Write to us through the contact page.',
    '',
  ].join('\n');
}

export const demoFileKeys = (slug: string) => ({
  file: `demo/${slug}/setup-guide.md`,
  doc: `demo/${slug}/workflow-notes.md`,
});

export const byteLength = (text: string) => new TextEncoder().encode(text).byteLength;

/**
 * Writes every missing demo file (assets whose key starts with `demo/`). Idempotent; run after the seed
 * commits and on later starts, so a new data folder next to an old database gets its files back.
 */
export async function ensureDemoFiles(db: Database, store: Storage = storage()): Promise<number> {
  const rows = await db
    .select({
      key: workflowAssets.storageKey,
      kind: workflowAssets.kind,
      title: workflows.title,
      shortDescription: workflows.shortDescription,
      features: workflows.features,
      metadata: workflows.metadata,
      definition: workflows.definition,
    })
    .from(workflowAssets)
    .innerJoin(workflows, eq(workflows.id, workflowAssets.workflowId))
    .where(like(workflowAssets.storageKey, 'demo/%'));
  let written = 0;
  for (const row of rows) {
    if (await store.exists(row.key)) continue;
    const content = row.kind === 'doc' ? demoWorkflowNotes(row) : demoSetupGuide(row);
    await store.put(row.key, content, 'text/markdown');
    written++;
  }
  return written;
}
