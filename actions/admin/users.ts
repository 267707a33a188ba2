'use server';

import { refresh } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { setUserDisabled, setUserRole } from '@/db/queries/admin/users';
import { validatedActionWithAdmin } from '@/actions/safe-action';
import { setUserDisabledSchema, setUserRoleSchema } from '@/lib/validations/admin/users';

export const setUserRoleAction = validatedActionWithAdmin(setUserRoleSchema, async (data, admin) => {
  await setUserRole(admin.id, data.userId, data.role);
  refresh(); // admin pages are dynamic: nothing shared is cached
  const t = await getTranslations('admin');
  return { status: 'success', message: t(data.role === 'ADMIN' ? 'actions.nowAdmin' : 'actions.nowShopper') };
});

export const setUserDisabledAction = validatedActionWithAdmin(setUserDisabledSchema, async (data, admin) => {
  await setUserDisabled(admin.id, data.userId, data.disabled);
  refresh(); // admin pages are dynamic: nothing shared is cached
  const t = await getTranslations('admin');
  return { status: 'success', message: t(data.disabled ? 'actions.disabled' : 'actions.enabled') };
});
