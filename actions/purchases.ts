'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { buyWorkflow, cancelPurchase } from '@/db/queries/purchases';
import { buyWorkflowSchema, cancelPurchaseSchema } from '@/lib/validations/purchases';
import { validatedActionWithUser } from './safe-action';

/** "Buy now": to the checkout of the new (or already open) purchase, or to the library for an owner. */
export const buyWorkflowAction = validatedActionWithUser(buyWorkflowSchema, async (data, user) => {
  const result = await buyWorkflow(user.id, data.workflowId);
  if (result.kind === 'owned') redirect(`/account/library/${result.slug}`);
  redirect(`/checkout/${result.purchaseId}`);
});

/** "Cancel purchase" on the checkout page (the buyer's own PENDING purchase only). */
export const cancelPurchaseAction = validatedActionWithUser(cancelPurchaseSchema, async (data, user) => {
  await cancelPurchase(user.id, data.purchaseId);
  revalidatePath('/account/purchases');
  redirect(`/checkout/${data.purchaseId}`);
});
