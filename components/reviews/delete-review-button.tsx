'use client';

import { useTranslations } from 'next-intl';

import { PostButton } from '@/components/ui/post-button';
import { deleteReviewAction } from '@/actions/reviews';

/** "Delete review" (asks first): a plain form, so it works without JavaScript too. */
export function DeleteReviewButton({ reviewId }: { reviewId: string }) {
  const t = useTranslations('reviews');
  return (
    <PostButton
      action={deleteReviewAction}
      fields={{ reviewId }}
      variant="secondary"
      pendingLabel={t('deleting')}
      confirm={{ question: t('deleteQuestion'), yes: t('deleteYes'), no: t('deleteNo') }}
      className="inline-flex flex-col gap-1"
      outcome={(state) => (
        <p aria-live="polite" className="text-sm text-danger">
          {state.status === 'error' ? state.message : ''}
        </p>
      )}
    >
      {t('delete')}
    </PostButton>
  );
}
