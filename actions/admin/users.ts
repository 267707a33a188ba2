'use server';

import { refresh } from 'next/cache';
import { setUserDisabled, setUserRole } from '@/db/queries/admin/users';
import { validatedActionWithAdmin } from '@/actions/safe-action';
import { setUserDisabledSchema, setUserRoleSchema } from '@/lib/validations/admin/users';

export const setUserRoleAction = validatedActionWithAdmin(setUserRoleSchema, async (data, admin) => {
  await setUserRole(admin.id, data.userId, data.role);
  refresh(); // admin pages are dynamic: nothing shared is cached
  return { status: 'success', message: data.role === 'ADMIN' ? 'Now an admin.' : 'Now a shopper.' };
});

export const setUserDisabledAction = validatedActionWithAdmin(setUserDisabledSchema, async (data, admin) => {
  await setUserDisabled(admin.id, data.userId, data.disabled);
  refresh(); // admin pages are dynamic: nothing shared is cached
  return { status: 'success', message: data.disabled ? 'Account disabled.' : 'Account re-enabled.' };
});
