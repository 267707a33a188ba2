import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Transaction } from '@/db';
import { workflowAssets, workflows, type AssetKind } from '@/db/schema';
import { AppError, em } from '@/lib/errors';
import { writeAudit } from './audit';
import { adminTransaction } from './guard';

export type NewAsset = {
  kind: AssetKind;
  /** A storage key (files, docs), a `/media/…` path (images) or an https URL (videos). */
  storageKey: string;
  title?: string;
  alt?: string;
  sizeBytes?: number;
  contentType?: string;
};

/** Locks the workflow (its assets' order changes one at a time) and answers its title. */
async function lockWorkflow(tx: Transaction, workflowId: string): Promise<string> {
  const [row] = await tx
    .select({ title: workflows.title })
    .from(workflows)
    .where(eq(workflows.id, workflowId))
    .for('update');
  if (!row) throw new AppError('not_found', em('workflowGone'));
  return row.title;
}

/** Adds an image, video, file or doc at the end of the workflow's list. */
export async function addWorkflowAsset(adminId: string, workflowId: string, asset: NewAsset): Promise<{ id: string }> {
  return adminTransaction(adminId, async (tx) => addAsset(tx, adminId, workflowId, asset));
}

/** The same inside a caller's transaction (creating a workflow with its cover). */
export async function addAsset(
  tx: Transaction,
  adminId: string,
  workflowId: string,
  asset: NewAsset,
): Promise<{ id: string }> {
  const title = await lockWorkflow(tx, workflowId);
  const [row] = await tx
    .insert(workflowAssets)
    .values({
      workflowId,
      ...asset,
      sortOrder: sql`(select coalesce(max(a.sort_order) + 1, 0) from workflow_assets a where a.workflow_id = ${workflowId})`,
    })
    .returning({ id: workflowAssets.id });
  if (!row) throw new Error('asset insert returned no row');
  await writeAudit(tx, {
    actorId: adminId,
    action: 'workflow.add_asset',
    entityType: 'workflow',
    entityId: workflowId,
    after: { title, asset: { id: row.id, ...asset } },
  });
  return row;
}

async function lockAsset(tx: Transaction, assetId: string) {
  const [asset] = await tx
    .select({ workflowId: workflowAssets.workflowId })
    .from(workflowAssets)
    .where(eq(workflowAssets.id, assetId));
  if (!asset) throw new AppError('not_found', em('fileGone'));
  const title = await lockWorkflow(tx, asset.workflowId);
  const list = await tx
    .select({
      id: workflowAssets.id,
      kind: workflowAssets.kind,
      storageKey: workflowAssets.storageKey,
      sortOrder: workflowAssets.sortOrder,
    })
    .from(workflowAssets)
    .where(eq(workflowAssets.workflowId, asset.workflowId))
    .orderBy(asc(workflowAssets.sortOrder), asc(workflowAssets.createdAt));
  const index = list.findIndex((a) => a.id === assetId);
  if (index < 0) throw new AppError('not_found', em('fileGone'));
  return { workflowId: asset.workflowId, title, list, index };
}

/**
 * Removes an asset; answers its key so the caller deletes the stored object once this has committed, and
 * its workflow (whose page changed).
 */
export async function deleteWorkflowAsset(
  adminId: string,
  assetId: string,
): Promise<{ storageKey: string; workflowId: string }> {
  return adminTransaction(adminId, async (tx) => {
    const { workflowId, title, list, index } = await lockAsset(tx, assetId);
    const asset = list[index]!;
    await tx.delete(workflowAssets).where(eq(workflowAssets.id, assetId));
    await writeAudit(tx, {
      actorId: adminId,
      action: 'workflow.delete_asset',
      entityType: 'workflow',
      entityId: workflowId,
      before: { title, asset },
    });
    return { storageKey: asset.storageKey, workflowId };
  });
}

/** Moves an asset one place up or down (the first image is the cover); answers its workflow. */
export async function moveWorkflowAsset(
  adminId: string,
  assetId: string,
  direction: 'up' | 'down',
): Promise<{ workflowId: string }> {
  return adminTransaction(adminId, async (tx) => {
    const { workflowId, title, list, index } = await lockAsset(tx, assetId);
    const target = index + (direction === 'up' ? -1 : 1);
    if (target < 0 || target >= list.length) {
      throw new AppError('conflict', direction === 'up' ? em('alreadyFirst') : em('alreadyLast'));
    }
    const order = list.map((a) => a.id);
    [order[index], order[target]] = [order[target]!, order[index]!];
    // Renumber 0…n-1 in one statement, whatever the old numbers were.
    await tx
      .update(workflowAssets)
      .set({
        sortOrder: sql`array_position(${sql.raw('ARRAY[')}${sql.join(
          order.map((id) => sql`${id}::uuid`),
          sql`, `,
        )}${sql.raw(']')}, ${workflowAssets.id}) - 1`,
      })
      .where(and(eq(workflowAssets.workflowId, workflowId), inArray(workflowAssets.id, order)));
    await writeAudit(tx, {
      actorId: adminId,
      action: 'workflow.reorder_assets',
      entityType: 'workflow',
      entityId: workflowId,
      before: { title, order: list.map((a) => a.id) },
      after: { title, order },
    });
    return { workflowId };
  });
}
