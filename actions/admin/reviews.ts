'use server';

import { revalidatePath } from 'next/cache';
import { setReviewHidden } from '@/db/queries/reviews';
import { validatedActionWithAdmin } from '@/actions/safe-action';
import { setReviewHiddenSchema } from '@/lib/validations/admin/reviews';

export const setReviewHiddenAction = validatedActionWithAdmin(setReviewHiddenSchema, async (data, admin) => {
  await setReviewHidden(admin.id, data.reviewId, data.hidden);
  revalidatePath('/', 'layout');
  return { status: 'success', message: data.hidden ? 'Review hidden.' : 'Review shown again.' };
});
