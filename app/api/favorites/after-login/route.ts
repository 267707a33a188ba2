import { NextResponse, type NextRequest } from 'next/server';
import { addFavorite } from '@/db/queries/favorites';
import { getCurrentUser } from '@/server/auth/guards';
import { expireInRouteHandler, favoritesChanged } from '@/server/cache/invalidate';
import { isAppError } from '@/lib/errors';
import { seeOther } from '@/server/private-responses';
import { favoriteAfterLoginSchema, favoriteLoginUrl } from '@/lib/validations/favorites';

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
