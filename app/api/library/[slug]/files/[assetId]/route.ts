import { z } from 'zod';
import { getOwnedAsset } from '@/db/queries/purchases';
import { attachment, notFoundResponse, signedInWith } from '@/server/private-responses';
import { storage } from '@/lib/storage';
import { idSchema, slugSchema } from '@/lib/validations/purchases';

const paramsSchema = z.object({ slug: slugSchema, assetId: idSchema });

/** GET: a paid file of a workflow, read from storage, for an owner only; 404 for everyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; assetId: string }> }) {
  const ctx = await signedInWith(await params, paramsSchema);
  const asset = ctx && (await getOwnedAsset(ctx.user.id, ctx.params.slug, ctx.params.assetId));
  if (!asset) return notFoundResponse();
  const stored = await storage().get(asset.storageKey);
  if (!stored) {
    console.error(`[download] ${asset.storageKey} is in the database but not in storage`);
    return notFoundResponse();
  }
  const type = asset.contentType ?? 'application/octet-stream';
  const withCharset = type.startsWith('text/') && !type.includes('charset') ? `${type}; charset=utf-8` : type;
  return attachment(new Blob([stored.body as Uint8Array<ArrayBuffer>]), asset.fileName, withCharset);
}
