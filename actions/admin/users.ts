'use server';

import { revalidatePath } from 'next/cache';
import { setUserDisabled, setUserRole } from '@/db/queries/admin/users';
import type { ActionState } from '@/lib/forms/action-state';
import { validatedActionWithAdmin } from '@/actions/safe-action';
import { setUserDisabledSchema, setUserRoleSchema } from '@/lib/validations/admin/users';

export async function setUserRoleAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  return validatedActionWithAdmin(setUserRoleSchema, async (data, admin) => {
    await setUserRole(admin.id, data.userId, data.role);
    revalidatePath('/admin/users', 'layout');
    return { status: 'success', message: data.role === 'ADMIN' ? 'Now an admin.' : 'Now a shopper.' };
  })(prev, formData);
}

export async function setUserDisabledAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  return validatedActionWithAdmin(setUserDisabledSchema, async (data, admin) => {
    await setUserDisabled(admin.id, data.userId, data.disabled);
    revalidatePath('/admin/users', 'layout');
    return { status: 'success', message: data.disabled ? 'Account disabled.' : 'Account re-enabled.' };
  })(prev, formData);
}
