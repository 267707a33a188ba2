'use server';

import { getTranslations } from 'next-intl/server';
import { expireInAction, favoritesChanged } from '@/server/cache/invalidate';
import { redirect } from 'next/navigation';
import { addFavorite, removeFavorite } from '@/db/queries/favorites';
import { currentPath } from '@/server/auth/guards';
import { favoriteLoginUrl, favoriteSchema } from '@/lib/validations/favorites';
import { validatedAction } from './safe-action';

/**
 * Adds or removes one favorite (the form says which, so a repeated post changes nothing). A signed-out
 * visitor is sent to sign in and comes back to this page with the favorite added.
 */
export const setFavoriteAction = validatedAction(favoriteSchema, async ({ workflowId, intent }, user) => {
  if (!user) redirect(favoriteLoginUrl(workflowId, await currentPath()));
  if (intent === 'add') await addFavorite(user.id, workflowId);
  else await removeFavorite(user.id, workflowId);
  // Only this user's own entries (header count, hearts, the favorites page): no shared page is expired,
  // and this action's response renders the fresh page.
  expireInAction(favoritesChanged(user.id));
  const t = await getTranslations('common');
  return { status: 'success', message: intent === 'add' ? t('favoriteAdded') : t('favoriteRemoved') };
});
