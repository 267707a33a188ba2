'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { addFavorite, removeFavorite } from '@/db/queries/favorites';
import { currentPath } from '@/server/auth/guards';
import { favoriteLoginUrl, favoriteSchema } from '@/lib/validations/favorites';
import { idleState, type ActionState } from '@/lib/forms/action-state';
import { validatedAction } from './safe-action';

/**
 * Adds or removes one favorite (the form says which, so a repeated post changes nothing). A signed-out
 * visitor is sent to sign in and comes back to this page with the favorite added.
 */
export async function setFavoriteAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  return validatedAction(favoriteSchema, async ({ workflowId, intent }, user) => {
    if (!user) redirect(favoriteLoginUrl(workflowId, await currentPath()));
    if (intent === 'add') await addFavorite(user.id, workflowId);
    else await removeFavorite(user.id, workflowId);
    // Favorites are per-viewer and read on every request (never cached on the server): the viewer's
    // router only needs the fresh page (header count, hearts). revalidatePath('/', 'layout') here would
    // also purge every cached catalog page for everybody on each click.
    refresh();
    return { status: 'success', message: intent === 'add' ? 'Added to your favorites.' : 'Removed from your favorites.' };
  })(prev, formData);
}

/**
 * The form's own action, for a post made without JavaScript: the page then renders again with the new
 * state (a signed-out visitor is still sent to sign in). With JavaScript the button calls
 * setFavoriteAction itself, to show its result. One hidden field per form instead of useActionState's four.
 */
export async function postFavoriteAction(formData: FormData): Promise<void> {
  await setFavoriteAction(idleState, formData);
}
