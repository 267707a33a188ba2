'use client';

import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { createReviewAction, updateReviewAction } from '@/actions/reviews';
import { useActionForm } from '@/lib/forms/use-action-form';
import { REVIEW_MAX_LENGTH, reviewFieldsSchema, type ReviewFieldsInput } from '@/lib/validations/reviews';
import { RatingInput } from './rating-input';

type Props =
  { mode: 'create'; workflowId: string } | { mode: 'edit'; reviewId: string; rating: number; content: string };

/** Posts a new review or edits the viewer's own; the same rules in the browser and on the server. */
export function ReviewForm(props: Props) {
  const editing = props.mode === 'edit';
  const initial = editing
    ? { rating: String(props.rating), content: props.content }
    : { rating: undefined, content: '' };
  const { form, state, isPending, formAction, onSubmit, errorFor, echoed, field } = useActionForm<ReviewFieldsInput>(
    reviewFieldsSchema,
    editing ? updateReviewAction : createReviewAction,
    initial,
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
        selected={form.watch('rating')}
        initial={echoed('rating') ?? initial.rating}
        error={errorFor('rating')}
        registration={form.register('rating')}
      />
      <TextAreaField
        id={`${id}-content`}
        label="Your review"
        hint={`What worked, what needed changes? 10 to ${REVIEW_MAX_LENGTH.toLocaleString('en-US')} characters.`}
        maxLength={REVIEW_MAX_LENGTH}
        {...field('content')}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending}>
        {editing ? (isPending ? 'Saving…' : 'Save changes') : isPending ? 'Posting…' : 'Post review'}
      </Button>
    </form>
  );
}
