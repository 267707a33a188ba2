import { z } from 'zod';
import { downloadOwnedRelease } from '@/db/queries/purchases';
import { attachment, notFoundResponse, signedInWith } from '@/server/private-responses';
import { idSchema, slugSchema } from '@/lib/validations/purchases';

const paramsSchema = z.object({ slug: slugSchema, releaseId: idSchema });

/**
 * GET: one release's workflow JSON (issue 17), recorded as downloaded, for an owner (ACTIVE purchase)
 * only; 404 for everyone else, a release of another workflow and a malformed id alike.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; releaseId: string }> }) {
  const ctx = await signedInWith(await params, paramsSchema);
  const owned = ctx && (await downloadOwnedRelease(ctx.user.id, ctx.params.slug, ctx.params.releaseId));
  if (!owned) return notFoundResponse();
  return attachment(
    JSON.stringify(owned.definition, null, 2),
    `${owned.slug}-${owned.version}.json`,
    'application/json; charset=utf-8',
  );
}
