'use server';

import { getTranslations } from 'next-intl/server';
import { createCategory, deleteCategory, updateCategory } from '@/db/queries/admin/categories';
import { validatedActionWithAdmin } from '@/actions/safe-action';
import { categoryChanged, expireInAction } from '@/server/cache/invalidate';
import { withSlug } from '@/lib/validations/admin/common';
import { categoryDeleteSchema, categoryFormSchema, categoryUpdateSchema } from '@/lib/validations/admin/categories';

export const createCategoryAction = validatedActionWithAdmin(categoryFormSchema, async (data, admin) => {
  const { id } = await createCategory(admin.id, withSlug(data, data.name));
  expireInAction(categoryChanged(id));
  return {
    status: 'success',
    message: (await getTranslations('admin'))('actions.categoryCreated', { name: data.name }),
  };
});

export const updateCategoryAction = validatedActionWithAdmin(categoryUpdateSchema, async ({ id, ...data }, admin) => {
  await updateCategory(admin.id, id, withSlug(data, data.name));
  expireInAction(categoryChanged(id));
  return { status: 'success', message: (await getTranslations('admin'))('actions.categorySaved') };
});

export const deleteCategoryAction = validatedActionWithAdmin(categoryDeleteSchema, async (data, admin) => {
  const { detached } = await deleteCategory(admin.id, data.id, { detach: data.detach });
  expireInAction(categoryChanged(data.id));
  const t = await getTranslations('admin');
  return {
    status: 'success',
    message: detached ? t('actions.categoryDeletedDetached', { count: detached }) : t('actions.categoryDeleted'),
  };
});
