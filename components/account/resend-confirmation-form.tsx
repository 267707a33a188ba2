'use client';

import { useActionState } from 'react';
import { idleState } from '@/lib/forms/action-state';
import { resendConfirmationAction } from '@/actions/email-confirmation';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';

/** "Resend confirmation email": a plain form, so it works without JavaScript. */
export function ResendConfirmationForm() {
  const [state, formAction, isPending] = useActionState(resendConfirmationAction, idleState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <Button type="submit" variant="secondary" disabled={isPending}>
        {isPending ? 'Sending…' : 'Resend confirmation email'}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
