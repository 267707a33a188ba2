'use client';

import { Link } from '@/i18n/navigation';
import { registerAction } from '@/actions/auth';
import { useActionForm } from '@/lib/forms/use-action-form';
import { registerSchema, type RegisterInput } from '@/lib/validations/auth';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';

export function RegisterForm({ callbackUrl }: { callbackUrl: string }) {
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
      <TextField id="register-name" label="Name" autoComplete="name" required {...field('name')} />
      <TextField id="register-email" label="Email" type="email" autoComplete="email" required {...field('email')} />
      <TextField
        id="register-password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters."
        {...field('password')}
      />
      <FormMessage state={state} />
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? 'Creating account…' : 'Create account'}
      </Button>
      <p className="text-center text-sm text-muted">
        Already have an account?{' '}
        <Link
          className="font-medium text-brand-600 hover:underline"
          href={`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`}
        >
          Sign in
        </Link>
      </p>
    </form>
  );
}
