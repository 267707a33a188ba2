'use client';

import { useTranslations } from 'next-intl';
import { changeEmailAction } from '@/actions/settings';
import { useActionForm } from '@/lib/forms/use-action-form';
import { changeEmailSchema, type ChangeEmailInput } from '@/lib/validations/settings';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

export function EmailForm({ email }: { email: string }) {
  const t = useTranslations('settings');
  const { state, isPending, formAction, onSubmit, field } = useActionForm<ChangeEmailInput>(
    changeEmailSchema,
    changeEmailAction,
    { email, currentPassword: '' },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField
        id="settings-email"
        label={t('email.newEmail')}
        type="email"
        autoComplete="email"
        required
        {...field('email')}
      />
      <TextField
        id="settings-email-password"
        label={t('email.currentPassword')}
        type="password"
        autoComplete="current-password"
        required
        {...field('currentPassword')}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending}>
        {isPending ? t('saving') : t('email.change')}
      </Button>
    </form>
  );
}
