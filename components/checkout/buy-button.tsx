'use client';

import { buyWorkflowAction } from '@/actions/purchases';
import { FormMessage } from '@/components/ui/form-message';
import { PostButton } from '@/components/ui/post-button';

/** Posts to the buy action; works without JavaScript (a plain form post). */
export function BuyButton({ workflowId }: { workflowId: string }) {
  return (
    <PostButton
      action={buyWorkflowAction}
      fields={{ workflowId }}
      pendingLabel="Opening checkout…"
      className="space-y-2"
      buttonClassName="w-full"
      outcome={(state) => <FormMessage state={state} />}
    >
      Buy now
    </PostButton>
  );
}
