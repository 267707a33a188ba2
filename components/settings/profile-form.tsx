'use client';

import { useTranslations } from 'next-intl';
import { updateNameAction } from '@/actions/settings';
import { useActionForm } from '@/lib/forms/use-action-form';
import { profileSchema, type ProfileInput } from '@/lib/validations/settings';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

export function ProfileForm({ name }: { name: string }) {
  const t = useTranslations('settings');
  const { state, isPending, formAction, onSubmit, field } = useActionForm<ProfileInput>(
    profileSchema,
    updateNameAction,
    { name },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField id="settings-name" label={t('profile.name')} autoComplete="name" required {...field('name')} />
      <FormMessage state={state} />
      <Button type="submit" disabled={isPending}>
        {isPending ? t('saving') : t('profile.save')}
      </Button>
    </form>
  );
}
