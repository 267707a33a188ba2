import { z } from 'zod';
import { getPurchaseStatus } from '@/db/queries/purchases';
import { notFoundResponse, privateJson, signedInWith } from '@/server/private-responses';
import { idSchema } from '@/lib/validations/purchases';

const paramsSchema = z.object({ id: idSchema });

/** GET: the status the checkout page polls. The buyer only; anyone else (signed out included) gets 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await signedInWith(await params, paramsSchema);
  const status = ctx && (await getPurchaseStatus(ctx.user.id, ctx.params.id));
  return status ? privateJson(status) : notFoundResponse();
}
