'use client';

import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { FormActions } from '@/components/admin/form-actions';
import { TextField } from '@/components/ui/field';
import type { FormAction } from '@/lib/forms/action-state';
import { useActionForm } from '@/lib/forms/use-action-form';
import { searchAliasFormSchema, type SearchAliasInput } from '@/lib/validations/admin/search-aliases';

/** Adds a search alias: what shoppers type → what it means (an app name or a phrase). */
export function SearchAliasForm({ action }: { action: FormAction }) {
  const t = useTranslations('admin');
  const { form, state, isPending, formAction, onSubmit, field } = useActionForm<SearchAliasInput>(
    searchAliasFormSchema,
    action,
    { alias: '', target: '' },
  );
  useEffect(() => {
    if (state.status === 'success') form.reset();
  }, [state, form]);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      <TextField
        id="search-alias-alias"
        label={t('aliases.alias')}
        hint={t('aliases.aliasHint')}
        required
        {...field('alias')}
      />
      <TextField
        id="search-alias-target"
        label={t('aliases.target')}
        hint={t('aliases.targetHint')}
        required
        {...field('target')}
      />
      <FormActions
        state={state}
        isPending={isPending}
        label={t('aliases.add')}
        className="flex items-center gap-3 sm:col-span-2"
      />
    </form>
  );
}
