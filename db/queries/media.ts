import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { workflowAssets } from '@/db/schema';

/** A public workflow image by its `/media/…` path (for the media route); null for anything else. */
export async function findPublicImage(mediaPath: string): Promise<{ contentType: string | null } | null> {
  const [row] = await db
    .select({ contentType: workflowAssets.contentType })
    .from(workflowAssets)
    .where(and(eq(workflowAssets.storageKey, mediaPath), eq(workflowAssets.kind, 'image')))
    .limit(1);
  return row ?? null;
}
