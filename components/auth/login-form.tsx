'use client';

import { Link } from '@/i18n/navigation';
import { loginAction } from '@/actions/auth';
import { useActionForm } from '@/lib/forms/use-action-form';
import { loginSchema, type LoginInput } from '@/lib/validations/auth';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const { state, isPending, formAction, onSubmit, field } = useActionForm<LoginInput>(loginSchema, loginAction, {
    email: '',
    password: '',
    callbackUrl,
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField id="login-email" label="Email" type="email" autoComplete="email" required {...field('email')} />
      <TextField
        id="login-password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        {...field('password')}
      />
      <p className="-mt-2 text-right text-sm">
        <Link className="font-medium text-brand-600 hover:underline" href="/forgot-password">
          Forgot your password?
        </Link>
      </p>
      <FormMessage state={state} />
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? 'Signing in…' : 'Sign in'}
      </Button>
      <p className="text-center text-sm text-muted">
        New here?{' '}
        <Link
          className="font-medium text-brand-600 hover:underline"
          href={`/register?callbackUrl=${encodeURIComponent(callbackUrl)}`}
        >
          Create an account
        </Link>
      </p>
    </form>
  );
}
