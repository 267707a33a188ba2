'use server';

import { setReviewHidden } from '@/db/queries/reviews';
import { validatedActionWithAdmin } from '@/actions/safe-action';
import { expireInAction, reviewChanged } from '@/server/cache/invalidate';
import { setReviewHiddenSchema } from '@/lib/validations/admin/reviews';

export const setReviewHiddenAction = validatedActionWithAdmin(setReviewHiddenSchema, async (data, admin) => {
  const { workflowId } = await setReviewHidden(admin.id, data.reviewId, data.hidden);
  expireInAction(reviewChanged(workflowId));
  return { status: 'success', message: data.hidden ? 'Review hidden.' : 'Review shown again.' };
});
