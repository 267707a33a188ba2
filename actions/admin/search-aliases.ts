'use server';

import { getTranslations } from 'next-intl/server';
import { createSearchAlias, deleteSearchAlias } from '@/db/queries/admin/search-aliases';
import { validatedActionWithAdmin } from '@/actions/safe-action';
import { expireInAction, searchAliasesChanged } from '@/server/cache/invalidate';
import { searchAliasDeleteSchema, searchAliasFormSchema } from '@/lib/validations/admin/search-aliases';

export const createSearchAliasAction = validatedActionWithAdmin(searchAliasFormSchema, async (data, admin) => {
  const row = await createSearchAlias(admin.id, data);
  expireInAction(searchAliasesChanged());
  const t = await getTranslations('admin');
  return { status: 'success', message: t('actions.aliasCreated', { alias: row.alias, target: row.target }) };
});

export const deleteSearchAliasAction = validatedActionWithAdmin(searchAliasDeleteSchema, async (data, admin) => {
  await deleteSearchAlias(admin.id, data.id);
  expireInAction(searchAliasesChanged());
  return { status: 'success', message: (await getTranslations('admin'))('actions.aliasRemoved') };
});
