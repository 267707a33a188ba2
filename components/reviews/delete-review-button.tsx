'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { idleState } from '@/lib/forms/action-state';
import { deleteReviewAction } from '@/actions/reviews';

/** "Delete review": a plain form, so it works without JavaScript too. */
export function DeleteReviewButton({ reviewId }: { reviewId: string }) {
  const [state, formAction, isPending] = useActionState(deleteReviewAction, idleState);
  return (
    <form action={formAction} className="inline-flex flex-col gap-1">
      <input type="hidden" name="reviewId" value={reviewId} />
      <Button type="submit" variant="secondary" disabled={isPending}>
        {isPending ? 'Deleting…' : 'Delete review'}
      </Button>
      <p aria-live="polite" className="text-sm text-danger">
        {state.status === 'error' ? state.message : ''}
      </p>
    </form>
  );
}
