'use client';

import { useActionState } from 'react';
import { buyWorkflowAction } from '@/actions/purchases';
import { idleState } from '@/lib/forms/action-state';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';

/** Posts to the buy action; works without JavaScript (a plain form post). */
export function BuyButton({ workflowId }: { workflowId: string }) {
  const [state, formAction, isPending] = useActionState(buyWorkflowAction, idleState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="workflowId" value={workflowId} />
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? 'Opening checkout…' : 'Buy now'}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
