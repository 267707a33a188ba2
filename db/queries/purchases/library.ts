import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db';
import { invoices, purchases, releaseDownloads, workflowAssets, workflowReleases, workflows } from '@/db/schema';
import { isUuid } from './shared';

export type LibraryItem = {
  workflowId: string;
  /** The ACTIVE purchase that makes the user its owner. */
  purchaseId: string;
  slug: string;
  title: string;
  titleVi: string | null;
  shortDescription: string;
  shortDescriptionVi: string | null;
  coverPath: string | null;
  purchasedAt: Date | null;
  invoiceId: string | null;
  /** No longer for sale; the buyer keeps it. */
  retired: boolean;
  /** The latest release's version (`1.2.0`); null for a workflow without releases. */
  currentVersion: string | null;
  /**
   * The latest release is one this buyer has not fetched (release_downloads), and it is news to them:
   * published after they bought, or they fetched an earlier release.
   */
  updateAvailable: boolean;
};

/** The workflow's latest release (highest version), as a lateral-free subquery on `purchases`. */
const latestRelease = sql`(select r.id, r.version, r.published_at from ${workflowReleases} r where r.workflow_id = ${purchases.workflowId} order by r.major desc, r.minor desc, r.patch desc limit 1)`;

const libraryColumns = {
  workflowId: workflows.id,
  slug: workflows.slug,
  title: workflows.title,
  titleVi: workflows.titleVi,
  shortDescription: workflows.shortDescription,
  shortDescriptionVi: workflows.shortDescriptionVi,
  coverPath: sql<
    string | null
  >`(select a.storage_key from ${workflowAssets} a where a.workflow_id = ${workflows.id} and a.kind = 'image' order by a.sort_order limit 1)`,
  purchasedAt: purchases.reviewedAt,
  invoiceId: invoices.id,
  status: workflows.status,
  purchaseId: purchases.id,
  currentVersion: sql<string | null>`(select l.version from ${latestRelease} l)`,
  updateAvailable: sql<boolean>`exists (
    select 1 from ${latestRelease} l
    where not exists (select 1 from ${releaseDownloads} d where d.purchase_id = ${purchases.id} and d.release_id = l.id)
      and (l.published_at > ${purchases.reviewedAt}
        or exists (select 1 from ${releaseDownloads} d where d.purchase_id = ${purchases.id})))`.mapWith(Boolean),
};

const owns = (userId: string) => and(eq(purchases.userId, userId), eq(purchases.status, 'ACTIVE'));

/** The workflows a user owns (an ACTIVE purchase), most recently bought first. */
export async function listLibrary(userId: string): Promise<LibraryItem[]> {
  const rows = await db
    .select(libraryColumns)
    .from(purchases)
    .innerJoin(workflows, eq(workflows.id, purchases.workflowId))
    .leftJoin(invoices, eq(invoices.purchaseId, purchases.id))
    .where(owns(userId))
    .orderBy(desc(purchases.reviewedAt), asc(workflows.title));
  return rows.map(({ status, ...r }) => ({ ...r, retired: status !== 'active' }));
}

/** An owned workflow as the data layer knows it: its docs by storage key (server/library.ts reads them). */
export type LibraryEntryRecord = LibraryItem & {
  description: string;
  features: string[];
  docs: { id: string; title: string; storageKey: string }[];
  files: {
    id: string;
    title: string;
    kind: 'file' | 'doc';
    contentType: string | null;
    sizeBytes: number | null;
    fileName: string;
  }[];
  videos: { id: string; title: string; url: string }[];
  /** Every release of the workflow, newest first, and whether this buyer has fetched it. */
  releases: { id: string; version: string; publishedAt: Date; downloaded: boolean }[];
};

const baseName = (key: string) => key.split('/').pop() || key;

/**
 * One owned workflow with its docs (by storage key), files and videos; null unless the user owns it.
 * Reading the docs is storage I/O, which the data layer does not do: see `readLibraryEntry` (server/library.ts).
 */
export async function getLibraryEntry(userId: string, slug: string): Promise<LibraryEntryRecord | null> {
  const [row] = await db
    .select({ ...libraryColumns, description: workflows.description, features: workflows.features })
    .from(purchases)
    .innerJoin(workflows, eq(workflows.id, purchases.workflowId))
    .leftJoin(invoices, eq(invoices.purchaseId, purchases.id))
    .where(and(owns(userId), eq(workflows.slug, slug)))
    .limit(1);
  if (!row) return null;
  const assets = await db
    .select({
      id: workflowAssets.id,
      kind: workflowAssets.kind,
      storageKey: workflowAssets.storageKey,
      title: workflowAssets.title,
      contentType: workflowAssets.contentType,
      sizeBytes: workflowAssets.sizeBytes,
    })
    .from(workflowAssets)
    .where(and(eq(workflowAssets.workflowId, row.workflowId), inArray(workflowAssets.kind, ['file', 'doc', 'video'])))
    .orderBy(asc(workflowAssets.sortOrder), asc(workflowAssets.createdAt));

  const releases = await db
    .select({
      id: workflowReleases.id,
      version: workflowReleases.version,
      publishedAt: workflowReleases.publishedAt,
      downloaded: sql<boolean>`${releaseDownloads.releaseId} is not null`.mapWith(Boolean),
    })
    .from(workflowReleases)
    .leftJoin(
      releaseDownloads,
      and(eq(releaseDownloads.releaseId, workflowReleases.id), eq(releaseDownloads.purchaseId, row.purchaseId)),
    )
    .where(eq(workflowReleases.workflowId, row.workflowId))
    .orderBy(desc(workflowReleases.major), desc(workflowReleases.minor), desc(workflowReleases.patch));

  const { status, ...rest } = row;
  return {
    ...rest,
    releases,
    retired: status !== 'active',
    docs: assets
      .filter((a) => a.kind === 'doc')
      .map((a) => ({ id: a.id, title: a.title ?? baseName(a.storageKey), storageKey: a.storageKey })),
    files: assets
      .filter((a): a is typeof a & { kind: 'file' | 'doc' } => a.kind === 'file' || a.kind === 'doc')
      .map((a) => ({
        id: a.id,
        title: a.title ?? baseName(a.storageKey),
        kind: a.kind,
        contentType: a.contentType,
        sizeBytes: a.sizeBytes,
        fileName: baseName(a.storageKey),
      })),
    videos: assets
      .filter((a) => a.kind === 'video' && /^https:\/\//.test(a.storageKey))
      .map((a) => ({ id: a.id, title: a.title ?? 'Video', url: a.storageKey })),
  };
}

export type OwnedAsset = { storageKey: string; contentType: string | null; fileName: string };

/** A paid file of a workflow the user owns, for the download route; null for anyone else (404). */
export async function getOwnedAsset(userId: string, slug: string, assetId: string): Promise<OwnedAsset | null> {
  if (!isUuid(assetId)) return null;
  const [row] = await db
    .select({ storageKey: workflowAssets.storageKey, contentType: workflowAssets.contentType })
    .from(workflowAssets)
    .innerJoin(workflows, eq(workflows.id, workflowAssets.workflowId))
    .innerJoin(purchases, eq(purchases.workflowId, workflows.id))
    .where(
      and(
        eq(workflowAssets.id, assetId),
        eq(workflows.slug, slug),
        inArray(workflowAssets.kind, ['file', 'doc']),
        owns(userId),
      ),
    )
    .limit(1);
  return row ? { ...row, fileName: baseName(row.storageKey) } : null;
}

/** The importable workflow JSON of a workflow the user owns; null for anyone else (404). */
export async function getOwnedWorkflowDefinition(
  userId: string,
  slug: string,
): Promise<{ slug: string; definition: Record<string, unknown> } | null> {
  const [row] = await db
    .select({ slug: workflows.slug, definition: workflows.definition })
    .from(workflows)
    .innerJoin(purchases, eq(purchases.workflowId, workflows.id))
    .where(and(eq(workflows.slug, slug), owns(userId)))
    .limit(1);
  return row ?? null;
}
