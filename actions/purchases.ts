'use server';

import { redirect } from 'next/navigation';
import { buyWorkflow, cancelPurchase } from '@/db/queries/purchases';
import { buyWorkflowSchema, cancelPurchaseSchema } from '@/lib/validations/purchases';
import { kickMailDelivery } from '@/server/mail';
import { validatedActionWithUser } from './safe-action';

/** "Buy now": to the checkout of the new (or already open) purchase, or to the library for an owner. */
export const buyWorkflowAction = validatedActionWithUser(buyWorkflowSchema, async (data, user) => {
  const result = await buyWorkflow(user.id, data.workflowId);
  if (result.kind === 'pending' && result.created) kickMailDelivery(); // the order mails, queued with it
  if (result.kind === 'owned') redirect(`/account/library/${result.slug}`);
  redirect(`/checkout/${result.purchaseId}`);
});

/** "Cancel purchase" on the checkout page (the buyer's own PENDING purchase only). */
export const cancelPurchaseAction = validatedActionWithUser(cancelPurchaseSchema, async (data, user) => {
  // A pending purchase is on no shared page; the redirect renders the checkout page fresh.
  await cancelPurchase(user.id, data.purchaseId);
  redirect(`/checkout/${data.purchaseId}`);
});
