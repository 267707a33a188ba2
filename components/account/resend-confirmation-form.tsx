'use client';

import { resendConfirmationAction } from '@/actions/email-confirmation';
import { FormMessage } from '@/components/ui/form-message';
import { PostButton } from '@/components/ui/post-button';

/** "Resend confirmation email": a plain form, so it works without JavaScript; its words come from the server. */
export function ResendConfirmationForm({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  return (
    <PostButton
      action={resendConfirmationAction}
      variant="secondary"
      className="flex flex-wrap items-center gap-3"
      pendingLabel={pendingLabel}
      outcome={(state) => <FormMessage state={state} />}
    >
      {label}
    </PostButton>
  );
}
