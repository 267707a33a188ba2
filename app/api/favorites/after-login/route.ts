import { NextResponse, type NextRequest } from 'next/server';
import { addFavorite } from '@/db/queries/favorites';
import { getCurrentUser } from '@/server/auth/guards';
import { expireInRouteHandler, favoritesChanged } from '@/server/cache/invalidate';
import { isAppError } from '@/lib/errors';
import { favoriteAfterLoginSchema, favoriteLoginUrl } from '@/lib/validations/favorites';

export const dynamic = 'force-dynamic';

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
function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: onThisSite(path) } });
}

/**
 * A form post from another site (the browser says so) must not add favorites to a signed-in visitor.
 * Without Sec-Fetch-Site, the Origin's host is compared with the host the request was sent to (as Next's
 * server-action check does), not with `request.url`, which names the server's own host.
 */
function fromAnotherSite(request: NextRequest): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site) return site !== 'same-origin' && site !== 'none';
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return false;
  const host = (request.headers.get('x-forwarded-host') ?? request.headers.get('host'))?.split(',')[0]?.trim();
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * Where "Add to favorites" of a signed-out visitor continues after signing in: the confirmation page
 * `/account/favorites/add` posts here (by itself, or by its button without JavaScript); this adds the
 * favorite and goes back to the page (a path on this site only). Only POST: a GET answers 405 and never
 * writes, so a link or a prefetch cannot add a favorite.
 */
export async function POST(request: NextRequest) {
  if (fromAnotherSite(request))
    return new NextResponse('Forbidden: this form may only be sent from this site.', { status: 403 });
  const form = await request.formData().catch(() => null);
  const parsed = favoriteAfterLoginSchema.safeParse(form ? Object.fromEntries(form) : {});
  if (!parsed.success) return seeOther('/');
  const { workflowId, returnTo } = parsed.data;

  const user = await getCurrentUser();
  if (!user) return seeOther(favoriteLoginUrl(workflowId, returnTo));
  try {
    await addFavorite(user.id, workflowId);
    expireInRouteHandler(favoritesChanged(user.id));
  } catch (error) {
    // A workflow that is gone or no longer for sale: the page itself tells the visitor.
    if (!isAppError(error)) throw error;
  }
  return seeOther(returnTo);
}
