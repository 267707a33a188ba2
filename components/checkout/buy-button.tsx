'use client';

import { buyWorkflowAction } from '@/actions/purchases';
import { FormMessage } from '@/components/ui/form-message';
import { PostButton } from '@/components/ui/post-button';

/** Posts to the buy action; works without JavaScript (a plain form post). Its words come from the server. */
export function BuyButton({
  workflowId,
  label,
  pendingLabel,
}: {
  workflowId: string;
  label: string;
  pendingLabel: string;
}) {
  return (
    <PostButton
      action={buyWorkflowAction}
      fields={{ workflowId }}
      pendingLabel={pendingLabel}
      className="space-y-2"
      buttonClassName="w-full"
      outcome={(state) => <FormMessage state={state} />}
    >
      {label}
    </PostButton>
  );
}
