'use client';

import { useTranslations } from 'next-intl';
import { forgotPasswordAction } from '@/actions/password-reset';
import { useActionForm } from '@/lib/forms/use-action-form';
import { forgotPasswordSchema, type ForgotPasswordInput } from '@/lib/validations/password-reset';
import { Button } from '@/components/ui/button';
import { SuccessPanel } from '@/components/ui/success-panel';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

export function ForgotPasswordForm() {
  const t = useTranslations('auth');
  const { state, isPending, formAction, onSubmit, field } = useActionForm<ForgotPasswordInput>(
    forgotPasswordSchema,
    forgotPasswordAction,
    { email: '' },
  );
  if (state.status === 'success') {
    return <SuccessPanel next={{ href: '/login', label: t('backToSignIn') }}>{state.message}</SuccessPanel>;
  }
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField id="forgot-email" label={t('email')} type="email" autoComplete="email" required {...field('email')} />
      <FormMessage state={state} />
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? t('sending') : t('sendResetLink')}
      </Button>
    </form>
  );
}
