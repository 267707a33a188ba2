'use client';

import { useActionState } from 'react';
import { idleState } from '@/lib/forms/action-state';
import { cancelPurchaseAction } from '@/actions/purchases';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';

export function CancelPurchaseForm({ purchaseId }: { purchaseId: string }) {
  const [state, formAction, isPending] = useActionState(cancelPurchaseAction, idleState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="purchaseId" value={purchaseId} />
      <Button type="submit" variant="ghost" disabled={isPending} className="w-full text-danger">
        {isPending ? 'Cancelling…' : 'Cancel purchase'}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
