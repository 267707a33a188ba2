import 'server-only';
import { and, asc, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import {
  purchases,
  workflowAssets,
  workflowCategories,
  workflows,
  type AssetKind,
  type WorkflowMetadata,
  type WorkflowStatus,
} from '@/db/schema';
import type { WorkflowListParams } from '@/lib/validations/admin/workflows';
import { assertActiveAdmin } from './guard';
import { ADMIN_PAGE_SIZE, containsPattern, offsetOf, pageOf, type Page } from './paging';

export type AdminWorkflowRow = {
  id: string;
  title: string;
  slug: string;
  status: WorkflowStatus;
  price: string;
  salesCount: number;
  updatedAt: Date;
};

const ORDER = {
  newest: [desc(workflows.createdAt), desc(workflows.id)],
  sales: [desc(workflows.salesCount), asc(workflows.title)],
  title: [asc(workflows.title), asc(workflows.id)],
} as const;

/** Workflows by title or slug, with their status and sales. */
export async function listAdminWorkflows(adminId: string, filter: WorkflowListParams): Promise<Page<AdminWorkflowRow>> {
  await assertActiveAdmin(db, adminId);
  const conditions: SQL[] = [];
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    conditions.push(or(ilike(workflows.title, pattern), ilike(workflows.slug, pattern))!);
  }
  if (filter.status !== 'all') conditions.push(eq(workflows.status, filter.status));
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: workflows.id,
        title: workflows.title,
        slug: workflows.slug,
        status: workflows.status,
        price: workflows.price,
        salesCount: workflows.salesCount,
        updatedAt: workflows.updatedAt,
      })
      .from(workflows)
      .where(where)
      .orderBy(...ORDER[filter.sort])
      .limit(ADMIN_PAGE_SIZE)
      .offset(offsetOf(filter.page)),
    db.select({ n: count() }).from(workflows).where(where),
  ]);
  return pageOf(rows, total?.n ?? 0, filter.page);
}

export type AdminAsset = {
  id: string;
  kind: AssetKind;
  storageKey: string;
  title: string | null;
  alt: string | null;
  sortOrder: number;
  sizeBytes: number | null;
  contentType: string | null;
};

export type AdminWorkflowDetail = {
  id: string;
  title: string;
  slug: string;
  shortDescription: string;
  description: string;
  titleVi: string | null;
  shortDescriptionVi: string | null;
  descriptionVi: string | null;
  price: string;
  status: WorkflowStatus;
  features: string[];
  metadata: WorkflowMetadata;
  definition: Record<string, unknown>;
  categoryIds: string[];
  assets: AdminAsset[];
  purchaseCount: number;
  updatedAt: Date;
};

/** The columns the edit form shows and the audit log keeps. */
export const workflowFormColumns = {
  title: workflows.title,
  slug: workflows.slug,
  shortDescription: workflows.shortDescription,
  description: workflows.description,
  titleVi: workflows.titleVi,
  shortDescriptionVi: workflows.shortDescriptionVi,
  descriptionVi: workflows.descriptionVi,
  price: workflows.price,
  status: workflows.status,
  features: workflows.features,
  definition: workflows.definition,
  metadata: workflows.metadata,
};

/** Everything the edit form shows, or null when there is no such workflow. */
export async function getAdminWorkflow(adminId: string, id: string): Promise<AdminWorkflowDetail | null> {
  await assertActiveAdmin(db, adminId);
  const [row] = await db
    .select({ id: workflows.id, ...workflowFormColumns, updatedAt: workflows.updatedAt })
    .from(workflows)
    .where(eq(workflows.id, id))
    .limit(1);
  if (!row) return null;
  const [cats, assets, [bought]] = await Promise.all([
    db
      .select({ id: workflowCategories.categoryId })
      .from(workflowCategories)
      .where(eq(workflowCategories.workflowId, id)),
    db
      .select({
        id: workflowAssets.id,
        kind: workflowAssets.kind,
        storageKey: workflowAssets.storageKey,
        title: workflowAssets.title,
        alt: workflowAssets.alt,
        sortOrder: workflowAssets.sortOrder,
        sizeBytes: workflowAssets.sizeBytes,
        contentType: workflowAssets.contentType,
      })
      .from(workflowAssets)
      .where(eq(workflowAssets.workflowId, id))
      .orderBy(asc(workflowAssets.sortOrder), asc(workflowAssets.createdAt)),
    db.select({ n: count() }).from(purchases).where(eq(purchases.workflowId, id)),
  ]);
  return { ...row, categoryIds: cats.map((c) => c.id), assets, purchaseCount: bought?.n ?? 0 };
}
