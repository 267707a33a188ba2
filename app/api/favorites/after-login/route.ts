import { NextResponse, type NextRequest } from 'next/server';
import { addFavorite } from '@/db/queries/favorites';
import { getCurrentUser } from '@/lib/auth/guards';
import { isAppError } from '@/lib/errors';
import { favoriteAfterLoginSchema, favoriteLoginUrl } from '@/lib/validations/favorites';

export const dynamic = 'force-dynamic';

/** `path` on this site; anything the URL parser would take elsewhere (e.g. "/\t/host") goes home. */
function onThisSite(path: string, request: NextRequest): URL {
  const base = new URL(request.url);
  const url = new URL(path, base);
  return url.origin === base.origin ? url : new URL('/', base);
}

/**
 * Where "Add to favorites" of a signed-out visitor continues after signing in: adds the favorite for the
 * now signed-in user and goes back to the page (a path on this site only, never another host).
 */
export async function GET(request: NextRequest) {
  const parsed = favoriteAfterLoginSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.redirect(onThisSite('/', request), 303);
  const { workflowId, returnTo } = parsed.data;

  // The client router, and a server action's redirect after signing in, fetch this URL for a React
  // payload. Plain text makes the browser load it as a page instead; only that top-level visit writes.
  if (request.headers.has('rsc')) {
    return new NextResponse('Continuing…', { headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }

  const user = await getCurrentUser();
  if (!user) return NextResponse.redirect(onThisSite(favoriteLoginUrl(workflowId, returnTo), request), 303);

  // A GET that writes: only when the navigation started on this site (or was typed), so a link on
  // another site cannot add favorites to a signed-in visitor's account.
  const site = request.headers.get('sec-fetch-site');
  if (!site || site === 'same-origin' || site === 'none') {
    try {
      await addFavorite(user.id, workflowId);
    } catch (error) {
      // A workflow that is gone or no longer for sale: the page itself tells the visitor.
      if (!isAppError(error)) throw error;
    }
  }
  return NextResponse.redirect(onThisSite(returnTo, request), 303);
}
