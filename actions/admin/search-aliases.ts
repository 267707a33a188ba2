'use server';

import { createSearchAlias, deleteSearchAlias } from '@/db/queries/admin/search-aliases';
import { validatedActionWithAdmin } from '@/actions/safe-action';
import { expireInAction, searchAliasesChanged } from '@/server/cache/invalidate';
import { searchAliasDeleteSchema, searchAliasFormSchema } from '@/lib/validations/admin/search-aliases';

export const createSearchAliasAction = validatedActionWithAdmin(searchAliasFormSchema, async (data, admin) => {
  const row = await createSearchAlias(admin.id, data);
  expireInAction(searchAliasesChanged());
  return { status: 'success', message: `Searching “${row.alias}” now finds “${row.target}”.` };
});

export const deleteSearchAliasAction = validatedActionWithAdmin(searchAliasDeleteSchema, async (data, admin) => {
  await deleteSearchAlias(admin.id, data.id);
  expireInAction(searchAliasesChanged());
  return { status: 'success', message: 'Alias removed.' };
});
