import { readAvatar } from '@/lib/uploads/avatar';

/** Avatars are public pictures under unguessable, immutable keys (a new upload gets a new key). */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const avatar = await readAvatar(key);
  if (!avatar) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(avatar.bytes), {
    headers: {
      'Content-Type': avatar.mime,
      'Content-Length': String(avatar.bytes.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
