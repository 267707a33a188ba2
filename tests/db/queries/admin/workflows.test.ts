import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { getAdminWorkflow, listAdminWorkflows } from '@/db/queries/admin/workflows';
import { createWorkflow, deleteWorkflow, updateWorkflow, type WorkflowInput } from '@/db/queries/admin/workflow-write';
import { auditLog, workflowCategories, workflows } from '@/db/schema';
import { workflowFormSchema } from '@/lib/validations/admin/workflows';
import { inEnglish } from '@/lib/validations/messages';
import { createTestCategory, createTestPurchase, createTestUser } from '../../../helpers/factories';

const definition = JSON.stringify({
  name: 'Leads to Slack',
  nodes: [
    { name: 'Webhook', type: 'n8n-nodes-base.webhook', parameters: {} },
    { name: 'Slack', type: 'n8n-nodes-base.slack', parameters: {} },
  ],
  connections: { Webhook: { main: [[{ node: 'Slack', type: 'main', index: 0 }]] } },
});

function input(overrides: Record<string, unknown> = {}): WorkflowInput {
  const parsed = workflowFormSchema.parse({
    title: 'Leads to Slack',
    slug: '',
    shortDescription: 'Posts every new lead to a Slack channel.',
    description: '## What it does\n\nPosts every new lead to Slack.',
    price: '199000',
    status: 'active',
    features: ['Instant alerts', '', 'Lead scoring'],
    categoryIds: [],
    platform: 'n8n',
    apps: 'Slack, HubSpot, Slack',
    setupMinutes: '15',
    level: 'beginner',
    definition,
    ...overrides,
  });
  return { ...parsed, slug: parsed.slug || 'leads-to-slack' };
}

describe('admin workflows', () => {
  let adminId: string;
  beforeAll(async () => {
    adminId = (await createTestUser({ role: 'ADMIN' })).id;
  });

  it('creates a workflow with categories and metadata, and audits it', async () => {
    const cat = await createTestCategory();
    const { id, slug } = await createWorkflow(adminId, input({ categoryIds: [cat.id, cat.id] }));
    expect(slug).toBe('leads-to-slack');
    const detail = await getAdminWorkflow(adminId, id);
    expect(detail).toMatchObject({
      price: '199000.00',
      features: ['Instant alerts', 'Lead scoring'],
      categoryIds: [cat.id],
      metadata: { platform: 'n8n', apps: ['Slack', 'HubSpot'], setupMinutes: 15, level: 'beginner' },
      purchaseCount: 0,
    });
    expect((detail?.definition.nodes as unknown[]).length).toBe(2);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(entry).toMatchObject({
      action: 'workflow.create',
      actorId: adminId,
      after: { title: 'Leads to Slack', nodes: 2, categoryIds: [cat.id] },
    });
  });

  it('answers a taken slug with a field error that suggests a free one', async () => {
    await createWorkflow(adminId, input({ slug: 'taken-slug' }));
    await createWorkflow(adminId, input({ slug: 'taken-slug-2' }));
    await expect(createWorkflow(adminId, input({ slug: 'taken-slug' }))).rejects.toMatchObject({
      code: 'conflict',
      field: 'slug',
      message: 'Another workflow already uses this slug. Try “taken-slug-3”.',
    });
  });

  it('updates fields, keeps unknown metadata keys, replaces categories, and audits before and after', async () => {
    const a = await createTestCategory();
    const b = await createTestCategory();
    const { id } = await createWorkflow(adminId, input({ slug: 'to-edit', categoryIds: [a.id] }));
    await db
      .update(workflows)
      .set({ metadata: { platform: 'n8n', apps: ['Slack'], custom: 'kept' } })
      .where(eq(workflows.id, id));
    await updateWorkflow(
      adminId,
      id,
      input({
        slug: 'edited',
        title: 'Edited',
        price: '250.000', // whole đồng, written the Vietnamese way
        level: '',
        setupMinutes: '',
        categoryIds: [b.id],
        status: 'expired',
      }),
    );
    const detail = await getAdminWorkflow(adminId, id);
    expect(detail).toMatchObject({
      title: 'Edited',
      slug: 'edited',
      price: '250000.00',
      status: 'expired',
      categoryIds: [b.id],
    });
    expect(detail?.metadata).toEqual({ platform: 'n8n', apps: ['Slack', 'HubSpot'], custom: 'kept' });
    const entries = await db.select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(auditLog.createdAt);
    expect(entries[1]).toMatchObject({
      action: 'workflow.update',
      before: { title: 'Leads to Slack', categoryIds: [a.id] },
      after: { title: 'Edited', categoryIds: [b.id], status: 'expired' },
    });
  });

  it('deletes a workflow nobody bought, and retires one with purchases instead', async () => {
    const cat = await createTestCategory();
    const unsold = await createWorkflow(adminId, input({ slug: 'unsold', categoryIds: [cat.id] }));
    expect(await deleteWorkflow(adminId, unsold.id)).toEqual({ outcome: 'deleted', storageKeys: [] });
    expect(await db.select().from(workflows).where(eq(workflows.id, unsold.id))).toHaveLength(0);
    expect(await db.select().from(workflowCategories).where(eq(workflowCategories.workflowId, unsold.id))).toHaveLength(
      0,
    );

    const sold = await createWorkflow(adminId, input({ slug: 'sold' }));
    const buyer = await createTestUser();
    await createTestPurchase(buyer.id, sold.id, { status: 'ACTIVE' });
    expect(await deleteWorkflow(adminId, sold.id)).toEqual({ outcome: 'expired' });
    const [row] = await db.select({ status: workflows.status }).from(workflows).where(eq(workflows.id, sold.id));
    expect(row?.status).toBe('expired');
    await expect(deleteWorkflow(adminId, sold.id)).rejects.toMatchObject({ code: 'conflict' });
    const actions = (await db.select().from(auditLog).where(eq(auditLog.entityId, sold.id)))
      .map((e) => e.action)
      .sort();
    expect(actions).toEqual(['workflow.create', 'workflow.expire']);
  });

  it('lists by search and status, with sales', async () => {
    await createWorkflow(adminId, input({ slug: 'zz-findable-one', title: 'Findable invoice sync' }));
    const found = await listAdminWorkflows(adminId, { q: 'findable', status: 'all', sort: 'newest', page: 1 });
    expect(found.rows.map((r) => r.slug)).toEqual(['zz-findable-one']);
    const expired = await listAdminWorkflows(adminId, { q: 'findable', status: 'expired', sort: 'sales', page: 1 });
    expect(expired.rows).toEqual([]);
  });

  it('refuses a shopper', async () => {
    const shopper = await createTestUser();
    const { id } = await createWorkflow(adminId, input({ slug: 'guarded' }));
    await expect(createWorkflow(shopper.id, input({ slug: 'by-shopper' }))).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(updateWorkflow(shopper.id, id, input({ slug: 'guarded' }))).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(deleteWorkflow(shopper.id, id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(getAdminWorkflow(shopper.id, id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      listAdminWorkflows(shopper.id, { q: '', status: 'all', sort: 'newest', page: 1 }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('workflow form schema', () => {
  it('requires JSON that parses as an n8n export', () => {
    // The schema's messages are keys of the `validation` namespace; their English words are compared.
    const problem = (json: string) =>
      inEnglish(
        workflowFormSchema.safeParse({ ...input(), definition: json, apps: '' }).error?.issues[0]?.message ?? '',
      );
    expect(problem('{not json')).toBe('This is not valid JSON.');
    expect(problem('[]')).toBe('The workflow JSON must be an object, as n8n exports it.');
    expect(problem('{"nodes": [], "connections": {}}')).toBe('The workflow JSON has no "nodes" list.');
    expect(problem('{"nodes": [{"name": "A"}], "connections": {}}')).toBe(
      'Every node in the workflow JSON needs a "name" and a "type".',
    );
    expect(problem('{"nodes": [{"name": "A", "type": "x"}]}')).toBe('The workflow JSON has no "connections" object.');
  });
});
