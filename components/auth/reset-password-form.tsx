'use client';

import { resetPasswordAction } from '@/actions/password-reset';
import { useActionForm } from '@/lib/forms/use-action-form';
import { resetPasswordSchema, type ResetPasswordInput } from '@/lib/validations/password-reset';
import { Button } from '@/components/ui/button';
import { SuccessPanel } from '@/components/ui/success-panel';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

export function ResetPasswordForm({ token }: { token: string }) {
  const { form, state, isPending, formAction, onSubmit, field } = useActionForm<ResetPasswordInput>(
    resetPasswordSchema,
    resetPasswordAction,
    { token, password: '', confirmPassword: '' },
  );
  if (state.status === 'success') {
    return <SuccessPanel next={{ href: '/login', label: 'Sign in' }}>{state.message}</SuccessPanel>;
  }
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" value={token} {...form.register('token')} />
      <TextField
        id="reset-password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters."
        {...field('password')}
      />
      <TextField
        id="reset-confirm-password"
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        required
        {...field('confirmPassword')}
      />
      <FormMessage state={state} />
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? 'Saving…' : 'Set new password'}
      </Button>
    </form>
  );
}
