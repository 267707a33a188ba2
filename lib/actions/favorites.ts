'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { addFavorite, removeFavorite } from '@/db/queries/favorites';
import { currentPath } from '@/lib/auth/guards';
import { favoriteLoginUrl, favoriteSchema } from '@/lib/validations/favorites';
import type { ActionState } from './action-state';
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
    // The header count and every list that shows this workflow.
    revalidatePath('/', 'layout');
    return { status: 'success', message: intent === 'add' ? 'Added to your favorites.' : 'Removed from your favorites.' };
  })(prev, formData);
}
