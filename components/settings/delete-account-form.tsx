'use client';

import { useTranslations } from 'next-intl';
import { deleteAccountAction } from '@/actions/settings';
import { useActionForm } from '@/lib/forms/use-action-form';
import { deleteAccountSchema, type DeleteAccountInput } from '@/lib/validations/settings';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

export function DeleteAccountForm() {
  const t = useTranslations('settings');
  const { form, state, isPending, formAction, onSubmit, errorFor, field } = useActionForm<DeleteAccountInput>(
    deleteAccountSchema,
    deleteAccountAction,
    { password: '' },
  );
  const confirmError = errorFor('confirm');
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField
        id="settings-delete-password"
        label={t('delete.password')}
        type="password"
        autoComplete="current-password"
        required
        {...field('password')}
      />
      <div className="space-y-1">
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            value="on"
            className="mt-1"
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={confirmError ? 'settings-delete-confirm-error' : undefined}
            {...form.register('confirm')}
          />
          {t('delete.understand')}
        </label>
        {confirmError ? (
          <p id="settings-delete-confirm-error" className="text-sm text-danger">
            {confirmError}
          </p>
        ) : null}
      </div>
      <FormMessage state={state} />
      <Button type="submit" variant="danger" disabled={isPending}>
        {isPending ? t('delete.deleting') : t('delete.submit')}
      </Button>
    </form>
  );
}
