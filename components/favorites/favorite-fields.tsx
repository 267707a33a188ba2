import { clsx } from 'clsx';

type Props = {
  workflowId: string;
  /** Whether the heart is shown filled (the workflow is among the viewer's favorites): the form then removes it. */
  on: boolean;
  /** The button's words for what a press does ("Add to favorites" / "Remove from favorites"). */
  label: string;
  /** 'icon' for cards, 'full' for the workflow page and the favorites list. */
  size: 'icon' | 'full';
  pending?: boolean;
};

/**
 * The inside of a favorite form, one markup for both: the visitor's plain server-rendered form
 * (components/favorites/favorite.tsx) and the signed-in shopper's client button (favorite-button.tsx).
 * No hooks, so it renders on the server and in the client component alike.
 */
export function FavoriteFields({ workflowId, on, label, size, pending = false }: Props) {
  const icon = size === 'icon';
  return (
    <>
      <input type="hidden" name="workflowId" value={workflowId} />
      <input type="hidden" name="intent" value={on ? 'remove' : 'add'} />
      <button
        type="submit"
        title={icon ? label : undefined}
        aria-label={icon ? label : undefined}
        className={clsx(
          'fav-btn',
          icon ? 'p-2' : 'px-4 py-2',
          on ? 'fav-btn-on' : 'fav-btn-off',
          pending && 'opacity-80',
        )}
      >
        <span aria-hidden="true">{on ? '♥' : '♡'}</span>
        {icon ? null : <span>{label}</span>}
      </button>
    </>
  );
}
