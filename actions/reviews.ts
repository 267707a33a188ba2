'use server';

import { getTranslations } from 'next-intl/server';
import { createReview, deleteReview, updateReview } from '@/db/queries/reviews';
import { createReviewSchema, deleteReviewSchema, updateReviewSchema } from '@/lib/validations/reviews';
import { expireInAction, reviewChanged } from '@/server/cache/invalidate';
import { validatedActionWithUser } from './safe-action';

export const createReviewAction = validatedActionWithUser(
  createReviewSchema,
  async ({ workflowId, rating, content }, user) => {
    const change = await createReview(user.id, workflowId, { rating, content });
    expireInAction(reviewChanged(change.workflowId));
    return { status: 'success', message: (await getTranslations('reviews'))('posted') };
  },
);

export const updateReviewAction = validatedActionWithUser(
  updateReviewSchema,
  async ({ reviewId, rating, content }, user) => {
    const change = await updateReview(user.id, reviewId, { rating, content });
    expireInAction(reviewChanged(change.workflowId));
    return { status: 'success', message: (await getTranslations('reviews'))('updated') };
  },
);

export const deleteReviewAction = validatedActionWithUser(deleteReviewSchema, async ({ reviewId }, user) => {
  const change = await deleteReview(user.id, reviewId);
  expireInAction(reviewChanged(change.workflowId));
  return { status: 'success', message: (await getTranslations('reviews'))('deleted') };
});
