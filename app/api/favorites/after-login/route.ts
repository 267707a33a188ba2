import { NextResponse, type NextRequest } from 'next/server';
import { addFavorite } from '@/db/queries/favorites';
import { getCurrentUser } from '@/server/auth/guards';
import { isAppError } from '@/lib/errors';
import { favoriteAfterLoginSchema, favoriteLoginUrl } from '@/lib/validations/favorites';

export const dynamic = 'force-dynamic';

/** `path` on this site; anything the URL parser would take elsewhere (e.g. "/\t/host") goes home. */
function onThisSite(path: string, request: NextRequest): URL {
  const base = new URL(request.url);
  const url = new URL(path, base);
  return url.origin === base.origin ? url : new URL('/', base);
}

/** A form post from another site (the browser says so) must not add favorites to a signed-in visitor. */
function fromAnotherSite(request: NextRequest): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site) return site !== 'same-origin' && site !== 'none';
  const origin = request.headers.get('origin');
  return Boolean(origin && origin !== 'null' && origin !== new URL(request.url).origin);
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
  if (!parsed.success) return NextResponse.redirect(onThisSite('/', request), 303);
  const { workflowId, returnTo } = parsed.data;

  const user = await getCurrentUser();
  if (!user) return NextResponse.redirect(onThisSite(favoriteLoginUrl(workflowId, returnTo), request), 303);
  try {
    await addFavorite(user.id, workflowId);
  } catch (error) {
    // A workflow that is gone or no longer for sale: the page itself tells the visitor.
    if (!isAppError(error)) throw error;
  }
  return NextResponse.redirect(onThisSite(returnTo, request), 303);
}
