'use client';

import { useOptimistic, useState, useTransition, type FormEvent } from 'react';
import { idleState, type ActionState } from '@/lib/forms/action-state';
import { setFavoriteAction } from '@/actions/favorites';
import { clsx } from 'clsx';

type Props = {
  workflowId: string;
  /** Whether the viewer has this workflow among their favorites (false when signed out). */
  favorited: boolean;
  /** 'icon' for cards, 'full' for the workflow page and the favorites list. */
  size?: 'icon' | 'full';
  className?: string;
  /** The button's words in the page's language (components/favorites/favorite.tsx passes them). */
  labels: { add: string; remove: string };
};

/**
 * "Add to favorites" / "Remove from favorites". A plain form posting to a server action, so it works
 * without JavaScript (the page then renders again with the new state; no useActionState, so no hidden
 * fields but the form's own); with it, the button calls the action itself, flips at once and flips back
 * with a message if the server refuses. Signed-out visitors are sent to sign in by the action and come
 * back with the favorite added.
 */
export function FavoriteButton({ workflowId, favorited, size = 'full', className, labels }: Props) {
  const [state, setState] = useState<ActionState>(idleState);
  const [isPending, startTransition] = useTransition();
  const [shown, setShown] = useOptimistic(favorited, (_current, next: boolean) => next);
  const intent = shown ? 'remove' : 'add';
  const label = shown ? labels.remove : labels.add;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      setShown(formData.get('intent') === 'add');
      setState(await setFavoriteAction(idleState, formData));
    });
  };

  return (
    <form action={setFavoriteAction} onSubmit={onSubmit} className={clsx('fav', className)}>
      <input type="hidden" name="workflowId" value={workflowId} />
      <input type="hidden" name="intent" value={intent} />
      <button
        type="submit"
        title={size === 'icon' ? label : undefined}
        aria-label={size === 'icon' ? label : undefined}
        className={clsx(
          'fav-btn',
          size === 'icon' ? 'p-2' : 'px-4 py-2',
          shown ? 'fav-btn-on' : 'fav-btn-off',
          isPending && 'opacity-80',
        )}
      >
        <span aria-hidden="true">{shown ? '♥' : '♡'}</span>
        {size === 'full' ? <span>{label}</span> : null}
      </button>
      <p aria-live="polite" className={clsx('text-sm', state.status === 'error' ? 'text-danger' : 'sr-only')}>
        {state.status === 'error' ? state.message : state.status === 'success' ? state.message : ''}
      </p>
    </form>
  );
}
