import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { purchases, releaseDownloads, workflowReleases, workflows } from '@/db/schema';
import { isUuid } from './shared';

/**
 * The releases a buyer may fetch (issue 17): any release of a workflow they own (an ACTIVE purchase),
 * from the library (signed in) or through a signed "Import into n8n" URL (no cookie). Every fetch is
 * recorded in release_downloads, which the library reads for "Update available".
 */
type FetchedRelease = {
  purchaseId: string;
  releaseId: string;
  slug: string;
  version: string;
  definition: Record<string, unknown>;
};

const releaseColumns = {
  purchaseId: purchases.id,
  releaseId: workflowReleases.id,
  slug: workflows.slug,
  version: workflowReleases.version,
  definition: workflowReleases.definition,
};

const newestFirst = [desc(workflowReleases.major), desc(workflowReleases.minor), desc(workflowReleases.patch)];

/**
 * Records that the buyer of `purchaseId` fetched `releaseId`: one row per pair (its primary key),
 * inserted the first time and bumped after (an upsert, never a read first).
 */
async function recordReleaseDownload(purchaseId: string, releaseId: string, now: Date = new Date()) {
  await db
    .insert(releaseDownloads)
    .values({ purchaseId, releaseId, firstDownloadedAt: now, lastDownloadedAt: now })
    .onConflictDoUpdate({
      target: [releaseDownloads.purchaseId, releaseDownloads.releaseId],
      set: { lastDownloadedAt: now, downloads: sql`${releaseDownloads.downloads} + 1` },
    });
}

/**
 * A release of a workflow the user owns, recorded as downloaded: `releaseId`, or the latest release when
 * null. Null for anyone who does not own it, a release of another workflow or a malformed id (a 404).
 */
export async function downloadOwnedRelease(
  userId: string,
  slug: string,
  releaseId: string | null,
  now: Date = new Date(),
): Promise<FetchedRelease | null> {
  if (releaseId !== null && !isUuid(releaseId)) return null;
  const [row] = await db
    .select(releaseColumns)
    .from(purchases)
    .innerJoin(workflows, eq(workflows.id, purchases.workflowId))
    .innerJoin(workflowReleases, eq(workflowReleases.workflowId, workflows.id))
    .where(
      and(
        eq(purchases.userId, userId),
        eq(purchases.status, 'ACTIVE'),
        eq(workflows.slug, slug),
        releaseId === null ? undefined : eq(workflowReleases.id, releaseId),
      ),
    )
    .orderBy(...newestFirst)
    .limit(1);
  if (!row) return null;
  await recordReleaseDownload(row.purchaseId, row.releaseId, now);
  return row;
}

/**
 * The release a verified import token names, recorded as fetched, while its purchase is still ACTIVE and
 * the release belongs to the purchased workflow; null otherwise (a 403: the token is no longer good).
 */
export async function fetchImportRelease(
  purchaseId: string,
  releaseId: string,
  now: Date = new Date(),
): Promise<FetchedRelease | null> {
  if (!isUuid(purchaseId) || !isUuid(releaseId)) return null;
  const [row] = await db
    .select(releaseColumns)
    .from(purchases)
    .innerJoin(workflows, eq(workflows.id, purchases.workflowId))
    .innerJoin(workflowReleases, eq(workflowReleases.workflowId, workflows.id))
    .where(and(eq(purchases.id, purchaseId), eq(purchases.status, 'ACTIVE'), eq(workflowReleases.id, releaseId)))
    .limit(1);
  if (!row) return null;
  await recordReleaseDownload(row.purchaseId, row.releaseId, now);
  return row;
}
