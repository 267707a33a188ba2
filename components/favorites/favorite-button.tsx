'use client';

import { useOptimistic, useState, useTransition, type FormEvent } from 'react';
import { idleState, type ActionState } from '@/lib/forms/action-state';
import { setFavoriteAction } from '@/actions/favorites';
import { clsx } from 'clsx';
import { FavoriteFields } from './favorite-fields';

type Props = {
  workflowId: string;
  /** Whether the signed-in viewer has this workflow among their favorites (a visitor gets favorite.tsx's plain form). */
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
 * with a message if the server refuses. Only for a signed-in viewer: a visitor's heart is favorite.tsx's
 * plain form (no client component on the anonymous pages), with the same fields (favorite-fields.tsx).
 */
export function FavoriteButton({ workflowId, favorited, size = 'full', className, labels }: Props) {
  const [state, setState] = useState<ActionState>(idleState);
  const [isPending, startTransition] = useTransition();
  const [shown, setShown] = useOptimistic(favorited, (_current, next: boolean) => next);
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
      <FavoriteFields workflowId={workflowId} on={shown} label={label} size={size} pending={isPending} />
      <p aria-live="polite" className={clsx('text-sm', state.status === 'error' ? 'text-danger' : 'sr-only')}>
        {state.status === 'error' ? state.message : state.status === 'success' ? state.message : ''}
      </p>
    </form>
  );
}
