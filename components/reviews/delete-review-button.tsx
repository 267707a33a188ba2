'use client';

import { PostButton } from '@/components/ui/post-button';
import { deleteReviewAction } from '@/actions/reviews';

/** "Delete review" (asks first): a plain form, so it works without JavaScript too. */
export function DeleteReviewButton({ reviewId }: { reviewId: string }) {
  return (
    <PostButton
      action={deleteReviewAction}
      fields={{ reviewId }}
      variant="secondary"
      pendingLabel="Deleting…"
      confirm={{ question: 'Delete your review? This cannot be undone.', yes: 'Yes, delete review', no: 'Keep review' }}
      className="inline-flex flex-col gap-1"
      outcome={(state) => (
        <p aria-live="polite" className="text-sm text-danger">
          {state.status === 'error' ? state.message : ''}
        </p>
      )}
    >
      Delete review
    </PostButton>
  );
}
