'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { registerAction } from '@/actions/auth';
import { useActionForm } from '@/lib/forms/use-action-form';
import { registerSchema, type RegisterInput } from '@/lib/validations/auth';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

export function RegisterForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('auth');
  const { state, isPending, formAction, onSubmit, field } = useActionForm<RegisterInput>(
    registerSchema,
    registerAction,
    {
      name: '',
      email: '',
      password: '',
      callbackUrl,
    },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField id="register-name" label={t('name')} autoComplete="name" required {...field('name')} />
      <TextField
        id="register-email"
        label={t('email')}
        type="email"
        autoComplete="email"
        required
        {...field('email')}
      />
      <TextField
        id="register-password"
        label={t('password')}
        type="password"
        autoComplete="new-password"
        required
        hint={t('passwordHint')}
        {...field('password')}
      />
      <FormMessage state={state} />
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? t('creatingAccount') : t('createAccount')}
      </Button>
      <p className="text-center text-sm text-muted">
        {t('haveAccount')}{' '}
        <Link
          className="font-medium text-brand-600 hover:underline"
          href={`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`}
        >
          {t('signInTitle')}
        </Link>
      </p>
    </form>
  );
}
