import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { db, isUniqueViolation, type Executor } from '@/db';
import { workflowReleases, workflows } from '@/db/schema';
import { AppError, em } from '@/lib/errors';
import { releaseFacts } from '@/lib/workflows/release-facts';
import { compareSemver, formatSemver, parseSemver, type Semver } from '@/lib/workflows/semver';
import type { PublishReleaseData } from '@/lib/validations/admin/workflow-releases';
import { diffReleases } from '@/lib/workflows/diff';
import { announceRelease } from '../release-notices';
import { writeAudit } from './audit';
import { adminTransaction, assertActiveAdmin } from './guard';

/** The workflow's latest release (highest version), or null when it has none yet. */
async function latestRelease(executor: Executor, workflowId: string) {
  const [row] = await executor
    .select({
      id: workflowReleases.id,
      major: workflowReleases.major,
      minor: workflowReleases.minor,
      patch: workflowReleases.patch,
    })
    .from(workflowReleases)
    .where(eq(workflowReleases.workflowId, workflowId))
    .orderBy(desc(workflowReleases.major), desc(workflowReleases.minor), desc(workflowReleases.patch))
    .limit(1);
  return row ?? null;
}

/** Release 1.0.0 of a workflow just created, in its creating transaction. */
export async function insertFirstRelease(
  tx: Executor,
  workflowId: string,
  adminId: string,
  definition: Record<string, unknown>,
) {
  await tx.insert(workflowReleases).values({
    workflowId,
    version: '1.0.0',
    major: 1,
    minor: 0,
    patch: 0,
    definition,
    changelog: 'First release.',
    createdBy: adminId,
    ...releaseFacts(definition),
  });
}

/**
 * The workflow form saved a new JSON: it corrects the latest release (workflows.definition stays the
 * latest release's). A new version goes through `publishRelease`.
 */
export async function syncLatestRelease(tx: Executor, workflowId: string, definition: Record<string, unknown>) {
  const latest = await latestRelease(tx, workflowId);
  if (latest) {
    await tx
      .update(workflowReleases)
      .set({ definition, ...releaseFacts(definition) })
      .where(eq(workflowReleases.id, latest.id));
  }
}

const tooLow = (latest: Semver) =>
  new AppError('invalid', em('versionTooLow'), { field: 'version', values: { latest: formatSemver(latest) } });

/**
 * Publishes a new release: the version must be greater than the latest one (semantic order), and the
 * workflow's definition becomes the release's, in one transaction. The workflow row is locked first, so
 * two publishes of one workflow run one after the other; the unique (workflow_id, version) index is the
 * last word. Every buyer of the workflow is told of the release in the same transaction
 * (db/queries/release-notices.ts: one notice and one queued email each); the caller kicks the mail delivery.
 */
export async function publishRelease(
  adminId: string,
  { workflowId, version, changelog, definition }: PublishReleaseData,
  now: Date = new Date(),
): Promise<{ id: string; version: string; buyersTold: number }> {
  const semver = parseSemver(version);
  if (!semver) throw new AppError('invalid', em('versionFormat'), { field: 'version' });
  const text = formatSemver(semver);
  try {
    return await adminTransaction(adminId, async (tx) => {
      const [wf] = await tx
        .select({
          id: workflows.id,
          slug: workflows.slug,
          title: workflows.title,
          titleVi: workflows.titleVi,
          definition: workflows.definition,
        })
        .from(workflows)
        .where(eq(workflows.id, workflowId))
        .for('update');
      if (!wf) throw new AppError('not_found', em('workflowGone'));
      const latest = await latestRelease(tx, workflowId);
      if (latest && compareSemver(semver, latest) <= 0) throw tooLow(latest);
      const [row] = await tx
        .insert(workflowReleases)
        .values({
          workflowId,
          version: text,
          ...semver,
          definition,
          changelog,
          publishedAt: now,
          createdBy: adminId,
          ...releaseFacts(definition),
        })
        .returning({ id: workflowReleases.id, version: workflowReleases.version });
      if (!row) throw new Error('release insert returned no row');
      await tx.update(workflows).set({ definition, updatedAt: now }).where(eq(workflows.id, workflowId));
      // The buyers learn of it with the release: one set-based statement, whatever their number.
      const { told } = await announceRelease(
        tx,
        {
          releaseId: row.id,
          workflowId,
          version: row.version,
          slug: wf.slug,
          title: wf.title,
          titleVi: wf.titleVi,
          diff: diffReleases(wf.definition, definition),
        },
        now,
      );
      await writeAudit(tx, {
        actorId: adminId,
        action: 'workflow.publish_release',
        entityType: 'workflow',
        entityId: workflowId,
        after: { version: text, nodes: Array.isArray(definition.nodes) ? definition.nodes.length : 0 },
      });
      return { ...row, buyersTold: told };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'workflow_releases_version_unique')) {
      throw new AppError('conflict', em('versionTaken'), { field: 'version', values: { version: text }, cause: error });
    }
    throw error;
  }
}

export type AdminRelease = { version: string; publishedAt: Date; changelog: string };

/** The workflow's releases for its admin page, newest first. */
export async function listAdminReleases(adminId: string, workflowId: string): Promise<AdminRelease[]> {
  await assertActiveAdmin(db, adminId);
  return db
    .select({
      version: workflowReleases.version,
      publishedAt: workflowReleases.publishedAt,
      changelog: workflowReleases.changelog,
    })
    .from(workflowReleases)
    .where(eq(workflowReleases.workflowId, workflowId))
    .orderBy(desc(workflowReleases.major), desc(workflowReleases.minor), desc(workflowReleases.patch));
}
