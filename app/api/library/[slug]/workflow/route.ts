import { z } from 'zod';
import { downloadOwnedRelease, getOwnedWorkflowDefinition } from '@/db/queries/purchases';
import { attachment, notFoundResponse, signedInWith } from '@/server/private-responses';
import { slugSchema } from '@/lib/validations/purchases';

const paramsSchema = z.object({ slug: slugSchema });

/**
 * GET: the importable workflow JSON (its latest release, recorded as downloaded), for an owner (ACTIVE
 * purchase) only; 404 for everyone else.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const ctx = await signedInWith(await params, paramsSchema);
  if (!ctx) return notFoundResponse();
  const owned =
    (await downloadOwnedRelease(ctx.user.id, ctx.params.slug, null)) ??
    // A workflow without any release row still has its definition.
    (await getOwnedWorkflowDefinition(ctx.user.id, ctx.params.slug));
  if (!owned) return notFoundResponse();
  return attachment(JSON.stringify(owned.definition, null, 2), `${owned.slug}.json`, 'application/json; charset=utf-8');
}
