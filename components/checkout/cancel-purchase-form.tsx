'use client';

import { cancelPurchaseAction } from '@/actions/purchases';
import { FormMessage } from '@/components/ui/form-message';
import { PostButton } from '@/components/ui/post-button';

export function CancelPurchaseForm({ purchaseId }: { purchaseId: string }) {
  return (
    <PostButton
      action={cancelPurchaseAction}
      fields={{ purchaseId }}
      variant="ghost"
      className="space-y-2"
      buttonClassName="w-full text-danger"
      pendingLabel="Cancelling…"
      confirm={{
        question: 'Cancel this purchase? The transfer reference stops working; to buy it later you start again.',
        yes: 'Yes, cancel purchase',
        no: 'Keep purchase',
      }}
      outcome={(state) => <FormMessage state={state} />}
    >
      Cancel purchase
    </PostButton>
  );
}
