'use server';

import { getTranslations } from 'next-intl/server';
import { setReviewHidden } from '@/db/queries/reviews';
import { validatedActionWithAdmin } from '@/actions/safe-action';
import { expireInAction, reviewChanged } from '@/server/cache/invalidate';
import { setReviewHiddenSchema } from '@/lib/validations/admin/reviews';

export const setReviewHiddenAction = validatedActionWithAdmin(setReviewHiddenSchema, async (data, admin) => {
  const { workflowId } = await setReviewHidden(admin.id, data.reviewId, data.hidden);
  expireInAction(reviewChanged(workflowId));
  const t = await getTranslations('admin');
  return { status: 'success', message: t(data.hidden ? 'actions.reviewHidden' : 'actions.reviewShown') };
});
