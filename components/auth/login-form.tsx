'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { loginAction } from '@/actions/auth';
import { useActionForm } from '@/lib/forms/use-action-form';
import { loginSchema, type LoginInput } from '@/lib/validations/auth';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('auth');
  const { state, isPending, formAction, onSubmit, field } = useActionForm<LoginInput>(loginSchema, loginAction, {
    email: '',
    password: '',
    callbackUrl,
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField id="login-email" label={t('email')} type="email" autoComplete="email" required {...field('email')} />
      <TextField
        id="login-password"
        label={t('password')}
        type="password"
        autoComplete="current-password"
        required
        {...field('password')}
      />
      <p className="-mt-2 text-right text-sm">
        <Link className="font-medium text-brand-600 hover:underline" href="/forgot-password">
          {t('forgotTitle')}
        </Link>
      </p>
      <FormMessage state={state} />
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? t('signingIn') : t('signInTitle')}
      </Button>
      <p className="text-center text-sm text-muted">
        {t('newHere')}{' '}
        <Link
          className="font-medium text-brand-600 hover:underline"
          href={`/register?callbackUrl=${encodeURIComponent(callbackUrl)}`}
        >
          {t('registerTitle')}
        </Link>
      </p>
    </form>
  );
}
