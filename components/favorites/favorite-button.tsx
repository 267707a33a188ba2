'use client';

import { startTransition, useActionState, useOptimistic, type FormEvent } from 'react';
import { idleState } from '@/lib/actions/action-state';
import { setFavoriteAction } from '@/lib/actions/favorites';
import { cn } from '@/lib/cn';

type Props = {
  workflowId: string;
  /** Whether the viewer has this workflow among their favorites (false when signed out). */
  favorited: boolean;
  /** 'icon' for cards, 'full' for the workflow page and the favorites list. */
  size?: 'icon' | 'full';
  className?: string;
};

/**
 * "Add to favorites" / "Remove from favorites". A plain form posting to a server action, so it works
 * without JavaScript; with it, the button flips at once and flips back with a message if the server
 * refuses. Signed-out visitors are sent to sign in by the action and come back with the favorite added.
 */
export function FavoriteButton({ workflowId, favorited, size = 'full', className }: Props) {
  const [state, formAction, isPending] = useActionState(setFavoriteAction, idleState);
  const [shown, setShown] = useOptimistic(favorited, (_current, next: boolean) => next);
  const intent = shown ? 'remove' : 'add';
  const label = shown ? 'Remove from favorites' : 'Add to favorites';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => {
      setShown(formData.get('intent') === 'add');
      formAction(formData);
    });
  };

  return (
    <form action={formAction} onSubmit={onSubmit} className={cn('inline-flex flex-col items-start gap-1', className)}>
      <input type="hidden" name="workflowId" value={workflowId} />
      <input type="hidden" name="intent" value={intent} />
      <button
        type="submit"
        title={size === 'icon' ? label : undefined}
        aria-label={size === 'icon' ? label : undefined}
        className={cn(
          'inline-flex items-center gap-2 rounded-lg border text-sm font-medium transition-colors',
          size === 'icon' ? 'p-2' : 'px-4 py-2',
          shown ? 'border-pink-300 bg-pink-50 text-pink-700 hover:bg-pink-100' : 'border-line bg-surface text-ink hover:bg-canvas',
          isPending && 'opacity-80',
        )}
      >
        <span aria-hidden="true">{shown ? '♥' : '♡'}</span>
        {size === 'full' ? <span>{label}</span> : null}
      </button>
      <p aria-live="polite" className={cn('text-sm', state.status === 'error' ? 'text-danger' : 'sr-only')}>
        {state.status === 'error' ? state.message : state.status === 'success' ? state.message : ''}
      </p>
    </form>
  );
}
