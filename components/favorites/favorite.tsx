import { useTranslations } from 'next-intl';
import type { ComponentProps } from 'react';
import { FavoriteButton } from './favorite-button';

/**
 * "Add to favorites" / "Remove from favorites" in the page's language: the client button has no
 * message provider (the shop's pages ship none), so its words come from here, rendered on the server.
 */
export function Favorite(props: Omit<ComponentProps<typeof FavoriteButton>, 'labels'>) {
  const t = useTranslations('common');
  return <FavoriteButton {...props} labels={{ add: t('addFavorite'), remove: t('removeFavorite') }} />;
}
