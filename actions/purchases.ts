'use server';

import { getLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { isLocale, localizedPath, routing, type Locale } from '@/i18n/routing';
import { buyWorkflow, cancelPurchase } from '@/db/queries/purchases';
import { buyWorkflowSchema, cancelPurchaseSchema } from '@/lib/validations/purchases';
import { kickMailDelivery } from '@/server/mail';
import { validatedActionWithUser } from './safe-action';

/** "Buy now": to the checkout of the new (or already open) purchase, or to the library for an owner. */
export const buyWorkflowAction = validatedActionWithUser(buyWorkflowSchema, async (data, user) => {
  const result = await buyWorkflow(user.id, data.workflowId);
  if (result.kind === 'pending' && result.created) kickMailDelivery(); // the order mails, queued with it
  // In the language of the page the button was on (/vi/… stays Vietnamese).
  const locale = await actionLocale();
  if (result.kind === 'owned') redirect(localizedPath(locale, `/account/library/${result.slug}`));
  redirect(localizedPath(locale, `/checkout/${result.purchaseId}`));
});

/** "Cancel purchase" on the checkout page (the buyer's own PENDING purchase only). */
export const cancelPurchaseAction = validatedActionWithUser(cancelPurchaseSchema, async (data, user) => {
  // A pending purchase is on no shared page; the redirect renders the checkout page fresh.
  await cancelPurchase(user.id, data.purchaseId);
  redirect(localizedPath(await actionLocale(), `/checkout/${data.purchaseId}`));
});

/** The language of the page the form was posted from (next-intl's request locale). */
async function actionLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : routing.defaultLocale;
}
