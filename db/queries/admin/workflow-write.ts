import 'server-only';
import { eq, like, or } from 'drizzle-orm';
import { db, isUniqueViolation, type Transaction } from '@/db';
import {
  purchases,
  workflowAssets,
  workflowCategories,
  workflows,
  type WorkflowMetadata,
  type WorkflowStatus,
} from '@/db/schema';
import { AppError, em } from '@/lib/errors';
import { normalizeMoney } from '@/lib/money';
import type { WorkflowFormData } from '@/lib/validations/admin/workflows';
import { writeAudit } from './audit';
import { adminTransaction } from './guard';
import { addAsset, type NewAsset } from './workflow-assets';
import { insertFirstRelease, syncLatestRelease } from './workflow-releases';
import { workflowFormColumns } from './workflows';

export type WorkflowInput = Omit<WorkflowFormData, 'slug'> & { slug: string };

/** The form's metadata fields over what the workflow already had (other keys are kept). */
function metadataOf(input: WorkflowInput, existing: WorkflowMetadata = {}): WorkflowMetadata {
  const metadata: WorkflowMetadata = { ...existing, platform: input.platform, apps: input.apps };
  if (input.setupMinutes === undefined) delete metadata.setupMinutes;
  else metadata.setupMinutes = input.setupMinutes;
  if (input.level === undefined) delete metadata.level;
  else metadata.level = input.level;
  return metadata;
}

function columnsOf(input: WorkflowInput, existing?: WorkflowMetadata) {
  return {
    title: input.title,
    slug: input.slug,
    shortDescription: input.shortDescription,
    description: input.description,
    titleVi: input.titleVi,
    shortDescriptionVi: input.shortDescriptionVi,
    descriptionVi: input.descriptionVi,
    price: normalizeMoney(input.price),
    status: input.status,
    features: input.features,
    definition: input.definition,
    metadata: metadataOf(input, existing),
  };
}

type Snapshot = ReturnType<typeof columnsOf>;

/** What the audit log keeps of a workflow: every field but the JSON itself (its node count instead). */
function auditView(row: Snapshot, categoryIds: string[]) {
  const { definition, ...rest } = row;
  return { ...rest, categoryIds, nodes: Array.isArray(definition.nodes) ? definition.nodes.length : 0 };
}

const isForeignKeyViolation = (error: unknown): boolean => {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if ((e as { code?: string }).code === '23503') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
};

/** A taken slug becomes a field error that suggests a free one; an unknown category, a field error too. */
async function explain(error: unknown, slug: string): Promise<never> {
  if (isUniqueViolation(error, 'workflows_slug_unique')) {
    const taken = new Set(
      (
        await db
          .select({ slug: workflows.slug })
          .from(workflows)
          .where(or(eq(workflows.slug, slug), like(workflows.slug, `${slug}-%`)))
      ).map((r) => r.slug),
    );
    let n = 2;
    while (taken.has(`${slug}-${n}`)) n++;
    throw new AppError('conflict', em('slugTaken'), {
      field: 'slug',
      values: { suggestion: `${slug}-${n}` },
      cause: error,
    });
  }
  if (isForeignKeyViolation(error)) {
    throw new AppError('invalid', em('categoriesMissing'), {
      field: 'categoryIds',
      cause: error,
    });
  }
  throw error;
}

async function setCategories(tx: Transaction, workflowId: string, categoryIds: string[]) {
  await tx.delete(workflowCategories).where(eq(workflowCategories.workflowId, workflowId));
  if (categoryIds.length) {
    await tx.insert(workflowCategories).values(categoryIds.map((categoryId) => ({ workflowId, categoryId })));
  }
}

/**
 * Creates a workflow with its categories and, when given, its cover image (already in storage under
 * `options.id`, the id the workflow is then created with) in one transaction.
 */
export async function createWorkflow(
  adminId: string,
  input: WorkflowInput,
  options: { id?: string; cover?: NewAsset } = {},
): Promise<{ id: string; slug: string }> {
  try {
    return await adminTransaction(adminId, async (tx) => {
      const values = columnsOf(input);
      const [row] = await tx
        .insert(workflows)
        .values({ ...values, ...(options.id ? { id: options.id } : {}) })
        .returning({ id: workflows.id, slug: workflows.slug });
      if (!row) throw new Error('workflow insert returned no row');
      await setCategories(tx, row.id, input.categoryIds);
      await insertFirstRelease(tx, row.id, adminId, input.definition);
      if (options.cover) await addAsset(tx, adminId, row.id, options.cover);
      await writeAudit(tx, {
        actorId: adminId,
        action: 'workflow.create',
        entityType: 'workflow',
        entityId: row.id,
        after: auditView(values, input.categoryIds),
      });
      return row;
    });
  } catch (error) {
    return explain(error, input.slug);
  }
}

/** Locks the workflow row for the rest of the transaction and returns what the audit log needs. */
async function lockWorkflow(tx: Transaction, id: string) {
  const [row] = await tx.select(workflowFormColumns).from(workflows).where(eq(workflows.id, id)).for('update');
  if (!row) throw new AppError('not_found', em('workflowGone'));
  const cats = await tx
    .select({ id: workflowCategories.categoryId })
    .from(workflowCategories)
    .where(eq(workflowCategories.workflowId, id));
  return { row, categoryIds: cats.map((c) => c.id) };
}

export async function updateWorkflow(adminId: string, id: string, input: WorkflowInput): Promise<{ slug: string }> {
  try {
    return await adminTransaction(adminId, async (tx) => {
      const before = await lockWorkflow(tx, id);
      const values = columnsOf(input, before.row.metadata);
      await tx.update(workflows).set(values).where(eq(workflows.id, id));
      await syncLatestRelease(tx, id, input.definition);
      await setCategories(tx, id, input.categoryIds);
      await writeAudit(tx, {
        actorId: adminId,
        action: 'workflow.update',
        entityType: 'workflow',
        entityId: id,
        before: auditView(before.row, before.categoryIds),
        after: auditView(values, input.categoryIds),
      });
      return { slug: values.slug };
    });
  } catch (error) {
    return explain(error, input.slug);
  }
}

export type DeleteOutcome = { outcome: 'deleted'; storageKeys: string[] } | { outcome: 'expired' };

/**
 * Deletes a workflow nobody bought (with its categories, assets, favorites and reviews), or retires
 * one that has purchases: buyers keep it in their library, the shop stops selling it. The row is
 * locked first, so a purchase being created at that moment waits and is counted.
 */
export async function deleteWorkflow(adminId: string, id: string): Promise<DeleteOutcome> {
  return adminTransaction(adminId, async (tx) => {
    const before = await lockWorkflow(tx, id);
    const [bought] = await tx.select({ id: purchases.id }).from(purchases).where(eq(purchases.workflowId, id)).limit(1);
    const view = auditView(before.row, before.categoryIds);
    if (bought) {
      if (before.row.status === 'expired') {
        throw new AppError('conflict', em('workflowHasPurchases'));
      }
      const status: WorkflowStatus = 'expired';
      await tx.update(workflows).set({ status }).where(eq(workflows.id, id));
      await writeAudit(tx, {
        actorId: adminId,
        action: 'workflow.expire',
        entityType: 'workflow',
        entityId: id,
        before: view,
        after: { ...view, status },
      });
      return { outcome: 'expired' };
    }
    const assets = await tx
      .select({ key: workflowAssets.storageKey })
      .from(workflowAssets)
      .where(eq(workflowAssets.workflowId, id));
    await tx.delete(workflows).where(eq(workflows.id, id));
    await writeAudit(tx, {
      actorId: adminId,
      action: 'workflow.delete',
      entityType: 'workflow',
      entityId: id,
      before: view,
    });
    return { outcome: 'deleted', storageKeys: assets.map((a) => a.key) };
  });
}
