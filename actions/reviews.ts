'use server';

import { revalidatePath } from 'next/cache';
import { createReview, deleteReview, updateReview } from '@/db/queries/reviews';
import { createReviewSchema, deleteReviewSchema, updateReviewSchema } from '@/lib/validations/reviews';
import { validatedActionWithUser } from './safe-action';

/** The workflow page and the catalog (which shows the average) read the new aggregates. */
function refresh(slug: string) {
  revalidatePath(`/workflows/${slug}`);
  revalidatePath('/workflows');
}

export const createReviewAction = validatedActionWithUser(
  createReviewSchema,
  async ({ workflowId, rating, content }, user) => {
    const change = await createReview(user.id, workflowId, { rating, content });
    refresh(change.slug);
    return { status: 'success', message: 'Thank you! Your review is posted.' };
  },
);

export const updateReviewAction = validatedActionWithUser(
  updateReviewSchema,
  async ({ reviewId, rating, content }, user) => {
    const change = await updateReview(user.id, reviewId, { rating, content });
    refresh(change.slug);
    return { status: 'success', message: 'Your review is updated.' };
  },
);

export const deleteReviewAction = validatedActionWithUser(deleteReviewSchema, async ({ reviewId }, user) => {
  const change = await deleteReview(user.id, reviewId);
  refresh(change.slug);
  return { status: 'success', message: 'Your review is deleted.' };
});
