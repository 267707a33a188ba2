'use server';

import { revalidatePath } from 'next/cache';
import { setMessageResolved } from '@/db/queries/admin/messages';
import type { ActionState } from '@/lib/actions/action-state';
import { validatedActionWithAdmin } from '@/lib/actions/safe-action';
import { setMessageResolvedSchema } from '@/lib/validations/admin/messages';

export async function setMessageResolvedAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  return validatedActionWithAdmin(setMessageResolvedSchema, async (data, admin) => {
    await setMessageResolved(admin.id, data.messageId, data.resolved);
    revalidatePath('/admin', 'layout');
    return { status: 'success', message: data.resolved ? 'Marked resolved.' : 'Reopened.' };
  })(prev, formData);
}
