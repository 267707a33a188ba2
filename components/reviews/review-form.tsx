'use client';

import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { createReviewAction, updateReviewAction } from '@/actions/reviews';
import { useServerForm } from '@/lib/forms/use-server-form';
import { REVIEW_MAX_LENGTH, REVIEW_MIN_LENGTH } from '@/lib/validations/review-limits';
import { RatingInput } from './rating-input';

type Props =
  { mode: 'create'; workflowId: string } | { mode: 'edit'; reviewId: string; rating: number; content: string };

/**
 * Posts a new review or edits the viewer's own. The action's schema checks it (lib/validations/reviews.ts)
 * and its messages show under the fields; the markup carries the same limits as native constraints.
 * `noValidate`: an empty post is answered by the server's messages next to the fields, not by the
 * browser's bubble (with and without JavaScript alike).
 */
export function ReviewForm(props: Props) {
  const t = useTranslations('reviews');
  const editing = props.mode === 'edit';
  const initial = editing ? { rating: String(props.rating), content: props.content } : { content: '' };
  const { state, isPending, formAction, onSubmit, errorFor, echoed } = useServerForm(
    editing ? updateReviewAction : createReviewAction,
  );
  const id = editing ? `review-edit-${props.reviewId}` : 'review-new';
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      {editing ? (
        <input type="hidden" name="reviewId" value={props.reviewId} />
      ) : (
        <input type="hidden" name="workflowId" value={props.workflowId} />
      )}
      <RatingInput
        id={`${id}-rating`}
        name="rating"
        initial={echoed('rating') ?? initial.rating}
        error={errorFor('rating')}
      />
      <TextAreaField
        id={`${id}-content`}
        name="content"
        label={t('yourReview')}
        hint={t('hint', { min: REVIEW_MIN_LENGTH, max: REVIEW_MAX_LENGTH })}
        required
        minLength={REVIEW_MIN_LENGTH}
        maxLength={REVIEW_MAX_LENGTH}
        defaultValue={echoed('content') ?? initial.content}
        error={errorFor('content')}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending}>
        {editing ? (isPending ? t('saving') : t('save')) : isPending ? t('posting') : t('post')}
      </Button>
    </form>
  );
}
