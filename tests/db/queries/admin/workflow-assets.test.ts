import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { addWorkflowAsset, deleteWorkflowAsset, moveWorkflowAsset } from '@/db/queries/admin/workflow-assets';
import { findPublicImage } from '@/db/queries/media';
import { auditLog, workflowAssets } from '@/db/schema';
import { createTestUser, createTestWorkflow } from '../../../helpers/factories';

const order = async (workflowId: string) =>
  (
    await db
      .select({ title: workflowAssets.title })
      .from(workflowAssets)
      .where(eq(workflowAssets.workflowId, workflowId))
      .orderBy(asc(workflowAssets.sortOrder))
  ).map((a) => a.title);

describe('admin workflow assets', () => {
  it('adds at the end, moves up and down, removes, and audits each change on the workflow', async () => {
    const admin = await createTestUser({ role: 'ADMIN' });
    const w = await createTestWorkflow();
    const a = await addWorkflowAsset(admin.id, w.id, {
      kind: 'image',
      storageKey: `/media/workflows/${w.id}/a.png`,
      title: 'A',
      alt: 'A',
      contentType: 'image/png',
    });
    const b = await addWorkflowAsset(admin.id, w.id, {
      kind: 'file',
      storageKey: `workflows/${w.id}/b.pdf`,
      title: 'B',
    });
    await addWorkflowAsset(admin.id, w.id, { kind: 'video', storageKey: 'https://example.com/c.mp4', title: 'C' });
    expect(await order(w.id)).toEqual(['A', 'B', 'C']);

    await moveWorkflowAsset(admin.id, b.id, 'up');
    expect(await order(w.id)).toEqual(['B', 'A', 'C']);
    await expect(moveWorkflowAsset(admin.id, b.id, 'up')).rejects.toMatchObject({ code: 'conflict' });
    await moveWorkflowAsset(admin.id, a.id, 'down');
    expect(await order(w.id)).toEqual(['B', 'C', 'A']);

    expect(await findPublicImage(`/media/workflows/${w.id}/a.png`)).toEqual({ contentType: 'image/png' });
    expect(await findPublicImage(`workflows/${w.id}/b.pdf`)).toBeNull();
    expect(await deleteWorkflowAsset(admin.id, a.id)).toEqual({
      storageKey: `/media/workflows/${w.id}/a.png`,
      workflowId: w.id,
    });
    await expect(deleteWorkflowAsset(admin.id, a.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(await findPublicImage(`/media/workflows/${w.id}/a.png`)).toBeNull();

    const actions = (
      await db.select().from(auditLog).where(eq(auditLog.entityId, w.id)).orderBy(asc(auditLog.createdAt))
    ).map((e) => e.action);
    expect(actions).toEqual([
      'workflow.add_asset',
      'workflow.add_asset',
      'workflow.add_asset',
      'workflow.reorder_assets',
      'workflow.reorder_assets',
      'workflow.delete_asset',
    ]);
  });

  it('refuses a shopper', async () => {
    const admin = await createTestUser({ role: 'ADMIN' });
    const shopper = await createTestUser();
    const w = await createTestWorkflow();
    const a = await addWorkflowAsset(admin.id, w.id, { kind: 'video', storageKey: 'https://example.com/v.mp4' });
    await expect(
      addWorkflowAsset(shopper.id, w.id, { kind: 'video', storageKey: 'https://example.com/x.mp4' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(moveWorkflowAsset(shopper.id, a.id, 'down')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(deleteWorkflowAsset(shopper.id, a.id)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
