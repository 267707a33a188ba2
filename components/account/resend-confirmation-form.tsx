'use client';

import { resendConfirmationAction } from '@/actions/email-confirmation';
import { FormMessage } from '@/components/ui/form-message';
import { PostButton } from '@/components/ui/post-button';

/** "Resend confirmation email": a plain form, so it works without JavaScript. */
export function ResendConfirmationForm() {
  return (
    <PostButton
      action={resendConfirmationAction}
      variant="secondary"
      className="flex flex-wrap items-center gap-3"
      pendingLabel="Sending…"
      outcome={(state) => <FormMessage state={state} />}
    >
      Resend confirmation email
    </PostButton>
  );
}
