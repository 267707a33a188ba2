import { useTranslations } from 'next-intl';
import type { ComponentProps } from 'react';
import { clsx } from 'clsx';
import { setFavoriteAction } from '@/actions/favorites';
import { FavoriteButton } from './favorite-button';
import { FavoriteFields } from './favorite-fields';

type Props = Omit<ComponentProps<typeof FavoriteButton>, 'labels' | 'favorited'> & {
  /** Whether the viewer has it among their favorites; null for a visitor without a session. */
  favorited: boolean | null;
};

/**
 * "Add to favorites" / "Remove from favorites" in the page's language: the client button has no
 * message provider (the shop's pages ship none), so its words come from here, rendered on the server.
 * A visitor without a session gets a plain form posting to the same action, which sends them to sign in
 * and back with the favorite added: no client component, so the anonymous pages ship none for it (issue 20).
 */
export function Favorite({ favorited, ...props }: Props) {
  const t = useTranslations('common');
  const labels = { add: t('addFavorite'), remove: t('removeFavorite') };
  if (favorited !== null) return <FavoriteButton {...props} favorited={favorited} labels={labels} />;
  return (
    <form action={setFavoriteAction} className={clsx('fav', props.className)}>
      <FavoriteFields workflowId={props.workflowId} on={false} label={labels.add} size={props.size ?? 'full'} />
    </form>
  );
}
