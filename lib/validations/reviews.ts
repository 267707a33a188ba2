import { z } from 'zod';
import { confirmedSchema } from './confirm';
import { vm } from './messages';
import { REVIEW_MAX_LENGTH, REVIEW_MIN_LENGTH } from './review-limits';

export { REVIEW_MAX_LENGTH, REVIEW_MIN_LENGTH };
export const REVIEWS_PAGE_SIZE = 5;

/** A radio group posts the chosen value as a string ("1" … "5"); nothing chosen posts nothing. */
const ratingSchema = z
  .string({ error: vm('ratingRequired') })
  .regex(/^[1-5]$/, vm('ratingRequired'))
  .transform(Number);

const contentSchema = z
  .string({ error: vm('reviewRequired') })
  .trim()
  .min(REVIEW_MIN_LENGTH, vm('messageTooShort'))
  .max(REVIEW_MAX_LENGTH, vm('reviewTooLong'));

/** A review's fields, posting and editing alike (checked on the server; the form has native constraints). */
const reviewFieldsSchema = z.object({ rating: ratingSchema, content: contentSchema });

export const createReviewSchema = reviewFieldsSchema.extend({ workflowId: z.uuid(vm('workflowUnknown')) });
export const updateReviewSchema = reviewFieldsSchema.extend({ reviewId: z.uuid(vm('reviewUnknown')) });
export const deleteReviewSchema = z.object({ reviewId: z.uuid(vm('reviewUnknown')), confirmed: confirmedSchema });

export const REVIEW_SORTS = ['newest', 'highest', 'lowest'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

/** The reviews part of a workflow page's URL (`?reviewsSort=highest&reviewsPage=2`), with fallbacks. */
export const reviewsQuerySchema = z.object({
  reviewsSort: z.enum(REVIEW_SORTS).catch('newest'),
  reviewsPage: z.coerce.number().int().min(1).max(10_000).catch(1),
});
