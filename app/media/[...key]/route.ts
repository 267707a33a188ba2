import { findPublicImage } from '@/db/queries/media';
import { mediaPath } from '@/lib/assets/media';
import { isStorageKey, storage } from '@/lib/storage';

const NOT_FOUND = () => new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });

/**
 * GET /media/workflows/<id>/<file>: a workflow's public image, read from storage. Only keys that a
 * workflow lists as an image are served, so paid files in the same storage never leak through here.
 * Keys are unique per upload, so the answer never changes and may be cached for good.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }): Promise<Response> {
  const key = (await params).key.join('/');
  if (!key.startsWith('workflows/') || !isStorageKey(key)) return NOT_FOUND();
  const image = await findPublicImage(mediaPath(key));
  if (!image) return NOT_FOUND();
  const stored = await storage().get(key);
  if (!stored) {
    console.error(`[media] ${key} is listed as an image but is not in storage`);
    return NOT_FOUND();
  }
  return new Response(new Blob([stored.body as Uint8Array<ArrayBuffer>]), {
    headers: {
      'Content-Type': image.contentType ?? 'application/octet-stream',
      'Content-Length': String(stored.size),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
}
