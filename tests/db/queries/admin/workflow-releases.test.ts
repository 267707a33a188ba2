import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { createWorkflow, updateWorkflow } from '@/db/queries/admin/workflow-write';
import { publishRelease } from '@/db/queries/admin/workflow-releases';
import { getWorkflowBySlug } from '@/db/queries/catalog/get-workflow';
import { auditLog, workflowReleases, workflows } from '@/db/schema';
import { createTestUser, createTestWorkflow } from '../../../helpers/factories';
import { testDriver } from '../../../helpers/db';

const SECRET = 'sk-live-secret-in-parameters';
const export_ = (extra: Record<string, unknown>[] = []) => ({
  name: 'Orders',
  nodes: [
    { id: 'w', name: 'Webhook', type: 'n8n-nodes-base.webhook', typeVersion: 2, position: [0, 0], parameters: {} },
    {
      id: 's',
      name: 'Notify',
      type: 'n8n-nodes-base.slack',
      typeVersion: 2,
      position: [200, 0],
      parameters: { text: SECRET },
      credentials: { slackApi: { id: '7', name: `Slack ${SECRET}` } },
    },
    ...extra,
  ],
  connections: { Webhook: { main: [[{ node: 'Notify', type: 'main', index: 0 }]] } },
  settings: { executionOrder: 'v1' },
});
const sheets = {
  id: 'g',
  name: 'Log',
  type: 'n8n-nodes-base.googleSheets',
  typeVersion: 4,
  position: [400, 0],
  parameters: { sheetId: SECRET },
  credentials: { googleSheetsOAuth2Api: { id: '8', name: 'x' } },
};

const releasesOf = (workflowId: string) =>
  db
    .select({
      version: workflowReleases.version,
      nodeTypes: workflowReleases.nodeTypes,
      min: workflowReleases.minN8nVersion,
    })
    .from(workflowReleases)
    .where(eq(workflowReleases.workflowId, workflowId))
    .orderBy(workflowReleases.major, workflowReleases.minor, workflowReleases.patch);

async function workflowWithFirstRelease() {
  const admin = await createTestUser({ role: 'ADMIN' });
  const w = await createTestWorkflow({ definition: export_() });
  await publishRelease(admin.id, {
    workflowId: w.id,
    version: '1.0.0',
    changelog: 'First release.',
    definition: export_(),
  });
  return { admin, w };
}

describe('workflow releases', () => {
  it('publishes a greater version: a release row, the workflow JSON in step, an audit entry, the public history with the diff', async () => {
    const { admin, w } = await workflowWithFirstRelease();
    const v2 = export_([sheets]);
    v2.connections = {
      ...v2.connections,
      Notify: { main: [[{ node: 'Log', type: 'main', index: 0 }]] },
    } as typeof v2.connections;
    const when = new Date('2026-11-20T10:00:00Z');
    await publishRelease(
      admin.id,
      { workflowId: w.id, version: '1.1.0', changelog: '### Added\n- A log', definition: v2 },
      when,
    );

    expect(await releasesOf(w.id)).toEqual([
      { version: '1.0.0', nodeTypes: ['n8n-nodes-base.slack', 'n8n-nodes-base.webhook'], min: '1.0.0' },
      {
        version: '1.1.0',
        nodeTypes: ['n8n-nodes-base.googleSheets', 'n8n-nodes-base.slack', 'n8n-nodes-base.webhook'],
        min: '1.0.0',
      },
    ]);
    const [row] = await db
      .select({ definition: workflows.definition, updatedAt: workflows.updatedAt })
      .from(workflows)
      .where(eq(workflows.id, w.id));
    expect(row!.definition).toEqual(v2);
    expect(row!.updatedAt).toEqual(when);
    const audit = await db
      .select({ after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, w.id), eq(auditLog.action, 'workflow.publish_release')));
    expect(audit.map((a) => a.after)).toEqual([
      { version: '1.0.0', nodes: 2 },
      { version: '1.1.0', nodes: 3 },
    ]);

    const page = await getWorkflowBySlug(w.slug);
    expect(page!.releases.map((r) => [r.version, r.changelog])).toEqual([
      ['1.1.0', '### Added\n- A log'],
      ['1.0.0', 'First release.'],
    ]);
    expect(page!.releases[0]!.publishedAt).toBe(when.toISOString());
    expect(page!.releases[0]!.diff).toMatchObject({
      added: [{ name: 'Log', type: 'n8n-nodes-base.googleSheets' }],
      newCredentials: [{ type: 'googleSheetsOAuth2Api', nodes: ['Log'] }],
      connectionsAdded: [{ from: 'Notify', to: 'Log' }],
    });
    expect(page!.releases[1]!.diff).toBeNull();
    // What the public page gets holds no parameter value and no credential record.
    expect(JSON.stringify(page)).not.toContain(SECRET);
  });

  it.each(['1.0.0', '0.9.9', '1.0.0 '])(
    'refuses %j (not greater than 1.0.0) under the version field, writing nothing',
    async (version) => {
      const { admin, w } = await workflowWithFirstRelease();
      await expect(
        publishRelease(admin.id, { workflowId: w.id, version, changelog: 'Again', definition: export_([sheets]) }),
      ).rejects.toMatchObject({ code: 'invalid', field: 'version', message: expect.stringContaining('1.0.0') });
      expect((await releasesOf(w.id)).map((r) => r.version)).toEqual(['1.0.0']);
      const [row] = await db.select({ definition: workflows.definition }).from(workflows).where(eq(workflows.id, w.id));
      expect(row!.definition).toEqual(export_());
    },
  );

  it('compares versions as numbers: 1.10.0 follows 1.9.0', async () => {
    const { admin, w } = await workflowWithFirstRelease();
    await publishRelease(admin.id, { workflowId: w.id, version: '1.9.0', changelog: 'Nine', definition: export_() });
    await publishRelease(admin.id, { workflowId: w.id, version: '1.10.0', changelog: 'Ten', definition: export_() });
    await expect(
      publishRelease(admin.id, { workflowId: w.id, version: '1.9.5', changelog: 'Late', definition: export_() }),
    ).rejects.toMatchObject({ field: 'version' });
    expect((await getWorkflowBySlug(w.slug))!.releases.map((r) => r.version)).toEqual(['1.10.0', '1.9.0', '1.0.0']);
  });

  it('refuses a shopper and an unknown workflow', async () => {
    const { w } = await workflowWithFirstRelease();
    const shopper = await createTestUser();
    await expect(
      publishRelease(shopper.id, { workflowId: w.id, version: '2.0.0', changelog: 'Mine', definition: export_() }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const admin = await createTestUser({ role: 'ADMIN' });
    await expect(
      publishRelease(admin.id, {
        workflowId: '00000000-0000-4000-8000-000000000000',
        version: '2.0.0',
        changelog: 'None',
        definition: export_(),
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect((await releasesOf(w.id)).map((r) => r.version)).toEqual(['1.0.0']);
  });

  it('a workflow created by the admin form starts at 1.0.0, and saving the form corrects the latest release', async () => {
    const admin = await createTestUser({ role: 'ADMIN' });
    const input = {
      title: 'Release test workflow',
      slug: `release-test-${Date.now()}`,
      shortDescription: 'A workflow with releases.',
      description: 'A workflow with releases, made by a test.',
      price: '100000',
      status: 'active' as const,
      features: [],
      categoryIds: [],
      platform: 'n8n' as const,
      apps: [],
      setupMinutes: undefined,
      level: undefined,
      definition: export_(),
      titleVi: null,
      shortDescriptionVi: null,
      descriptionVi: null,
    };
    const { id } = await createWorkflow(admin.id, input);
    expect((await releasesOf(id)).map((r) => r.version)).toEqual(['1.0.0']);
    await updateWorkflow(admin.id, id, { ...input, definition: export_([sheets]) });
    const [release] = await db
      .select({ definition: workflowReleases.definition })
      .from(workflowReleases)
      .where(eq(workflowReleases.workflowId, id));
    expect(release!.definition).toEqual(export_([sheets]));
  });

  it.runIf(testDriver() === 'postgres')(
    'on Postgres, ten simultaneous publishes of one version make one release',
    async () => {
      const { admin, w } = await workflowWithFirstRelease();
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, () =>
          publishRelease(admin.id, {
            workflowId: w.id,
            version: '1.1.0',
            changelog: 'Race',
            definition: export_([sheets]),
          }),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) {
        if (r.status === 'rejected') expect(r.reason).toMatchObject({ field: 'version' });
      }
      expect((await releasesOf(w.id)).map((r) => r.version)).toEqual(['1.0.0', '1.1.0']);
    },
  );
});
