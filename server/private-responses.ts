import 'server-only';
import type { z } from 'zod';
import { getCurrentUser, type SessionUser } from '@/server/auth/guards';

/** Route handlers that serve one signed-in user's own things: private, never in a shared cache. */
const PRIVATE = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' };

export function notFoundResponse(): Response {
  return Response.json({ error: 'Not found' }, { status: 404, headers: PRIVATE });
}

export function privateJson(body: unknown): Response {
  return Response.json(body, { headers: PRIVATE });
}

/** `fileName` is reduced to letters, digits, dot, dash and underscore (slugs and storage keys already are). */
export function attachment(body: BodyInit, fileName: string, contentType: string): Response {
  const safeName = fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  return new Response(body, {
    headers: { ...PRIVATE, 'Content-Type': contentType, 'Content-Disposition': `attachment; filename="${safeName}"` },
  });
}

/**
 * The signed-in user and the route parameters parsed by `schema`, or null: a signed-out visitor and a
 * malformed id get the same 404 as somebody else's row, so nothing tells them apart.
 */
export async function signedInWith<S extends z.ZodType>(
  params: unknown,
  schema: S,
): Promise<{ user: SessionUser; params: z.output<S> } | null> {
  const parsed = schema.safeParse(params);
  if (!parsed.success) return null;
  const user = await getCurrentUser();
  return user ? { user, params: parsed.data } : null;
}

/** Stands in for this site's origin while a path is resolved; never sent anywhere. */
const THIS_SITE = 'http://this-site.invalid';

/**
 * `path` on this site, as a path (`/workflows/x?y`): anything the URL parser would take elsewhere (e.g.
 * "/\t/host") goes home, and a path that would read as another host ("/.//host") loses its extra slashes. Never the server's own idea of its origin (`request.url` says
 * localhost behind a proxy or when reached as 127.0.0.1): the browser resolves the path against the host
 * it came by, where its session cookie is.
 */
function onThisSite(path: string): string {
  const url = new URL(path, THIS_SITE);
  if (url.origin !== THIS_SITE) return '/';
  // A path starting with "//" would read as another host (protocol-relative).
  return url.pathname.replace(/^\/+/, '/') + url.search + url.hash;
}

/** A 303 "see other" to a path on this site, with a relative Location (RFC 9110 allows it). */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: onThisSite(path) } });
}
