'use client';

import { useTranslations } from 'next-intl';
import { changePasswordAction } from '@/actions/settings';
import { useActionForm } from '@/lib/forms/use-action-form';
import { changePasswordSchema, type ChangePasswordInput } from '@/lib/validations/settings';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

/** `changed`: the page was reached after a successful change (the action redirects there). */
export function PasswordForm({ changed = false }: { changed?: boolean }) {
  const t = useTranslations('settings');
  const { state, isPending, formAction, onSubmit, field } = useActionForm<ChangePasswordInput>(
    changePasswordSchema,
    changePasswordAction,
    { currentPassword: '', newPassword: '', confirmPassword: '' },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField
        id="settings-current-password"
        label={t('password.current')}
        type="password"
        autoComplete="current-password"
        required
        {...field('currentPassword')}
      />
      <TextField
        id="settings-new-password"
        label={t('password.new')}
        type="password"
        autoComplete="new-password"
        required
        hint={t('password.newHint')}
        {...field('newPassword')}
      />
      <TextField
        id="settings-confirm-password"
        label={t('password.confirm')}
        type="password"
        autoComplete="new-password"
        required
        {...field('confirmPassword')}
      />
      <FormMessage
        state={changed && state.status === 'idle' ? { status: 'success', message: t('password.changed') } : state}
      />
      <Button type="submit" disabled={isPending}>
        {isPending ? t('saving') : t('password.change')}
      </Button>
    </form>
  );
}
