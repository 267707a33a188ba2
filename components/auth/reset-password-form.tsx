'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { resetPasswordAction } from '@/actions/password-reset';
import { useActionForm } from '@/lib/forms/use-action-form';
import { resetPasswordSchema, type ResetPasswordInput } from '@/lib/validations/password-reset';
import { Button } from '@/components/ui/button';
import { SuccessPanel } from '@/components/ui/success-panel';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

/**
 * The new-password form of a reset link. Works without JavaScript: the page then renders again after the
 * action, with the link spent (`usable` false), and the outcome stays on screen instead of "invalid link".
 */
export function ResetPasswordForm({ token, usable }: { token: string; usable: boolean }) {
  const t = useTranslations('auth');
  const { form, state, isPending, formAction, onSubmit, field } = useActionForm<ResetPasswordInput>(
    resetPasswordSchema,
    resetPasswordAction,
    { token, password: '', confirmPassword: '' },
  );
  if (state.status === 'success') {
    return <SuccessPanel next={{ href: '/login', label: t('signInTitle') }}>{state.message}</SuccessPanel>;
  }
  if (!usable && state.status === 'idle') {
    return (
      <div role="alert" className="space-y-4 text-sm">
        <p className="rounded-lg bg-red-50 px-3 py-2 text-danger">{t('resetInvalid')}</p>
        <Link className="font-medium text-brand-600 hover:underline" href="/forgot-password">
          {t('askNewLink')}
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" value={token} {...form.register('token')} />
      <TextField
        id="reset-password"
        label={t('newPassword')}
        type="password"
        autoComplete="new-password"
        required
        hint={t('passwordHint')}
        {...field('password')}
      />
      <TextField
        id="reset-confirm-password"
        label={t('confirmNewPassword')}
        type="password"
        autoComplete="new-password"
        required
        {...field('confirmPassword')}
      />
      <FormMessage state={state} />
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? t('saving') : t('setNewPassword')}
      </Button>
    </form>
  );
}
