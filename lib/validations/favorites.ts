import { z } from 'zod';
import { callbackUrlSchema } from './auth';
import { vm } from './messages';

/** The favorite button's form: the state the user asked for, so a repeated click changes nothing. */
export const favoriteSchema = z.object({
  workflowId: z.uuid(vm('workflowUnknown')),
  intent: z.enum(['add', 'remove'], vm('actionUnknown')),
});

/**
 * The fields of a favorite added after signing in: the query of the confirmation page
 * (`FAVORITE_CONFIRM_PATH`) and the form it posts to `AFTER_LOGIN_PATH`.
 */
export const favoriteAfterLoginSchema = z.object({
  workflowId: z.uuid(),
  returnTo: callbackUrlSchema,
});

/** POST only: adds the favorite and goes back (a GET answers 405 and writes nothing). */
export const AFTER_LOGIN_PATH = '/api/favorites/after-login';
/** The signed-in page a visitor lands on after signing in; it posts to AFTER_LOGIN_PATH. */
export const FAVORITE_CONFIRM_PATH = '/account/favorites/add';

/** Sign in, then add `workflowId` to the favorites and come back to `returnTo` (a path on this site). */
export function favoriteLoginUrl(workflowId: string, returnTo: string): string {
  const back = callbackUrlSchema.parse(returnTo);
  const after = `${FAVORITE_CONFIRM_PATH}?${new URLSearchParams({ workflowId, returnTo: back })}`;
  return `/login?${new URLSearchParams({ callbackUrl: after })}`;
}

export const FAVORITES_PAGE_SIZE = 12;

/** `/account/favorites?page=` with a fallback for anything that is not a page number. */
export const favoritesPageSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
