'use server';

import { revalidatePath } from 'next/cache';
import { createCategory, deleteCategory, updateCategory } from '@/db/queries/admin/categories';
import type { ActionState } from '@/lib/forms/action-state';
import { validatedActionWithAdmin } from '@/actions/safe-action';
import { withSlug } from '@/lib/validations/admin/common';
import { categoryDeleteSchema, categoryFormSchema, categoryUpdateSchema } from '@/lib/validations/admin/categories';

export async function createCategoryAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  return validatedActionWithAdmin(categoryFormSchema, async (data, admin) => {
    await createCategory(admin.id, withSlug(data, data.name));
    revalidatePath('/', 'layout');
    return { status: 'success', message: `Category “${data.name}” created.` };
  })(prev, formData);
}

export async function updateCategoryAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  return validatedActionWithAdmin(categoryUpdateSchema, async ({ id, ...data }, admin) => {
    await updateCategory(admin.id, id, withSlug(data, data.name));
    revalidatePath('/', 'layout');
    return { status: 'success', message: 'Category saved.' };
  })(prev, formData);
}

export async function deleteCategoryAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  return validatedActionWithAdmin(categoryDeleteSchema, async (data, admin) => {
    const { detached } = await deleteCategory(admin.id, data.id, { detach: data.detach });
    revalidatePath('/', 'layout');
    return {
      status: 'success',
      message: detached ? `Category deleted and removed from ${detached} workflow${detached === 1 ? '' : 's'}.` : 'Category deleted.',
    };
  })(prev, formData);
}
