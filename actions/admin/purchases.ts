'use server';

import { refresh } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { approvePurchases, rejectPurchases, type BulkOutcome } from '@/db/queries/admin/purchases';
import { approvePurchase, rejectPurchase } from '@/db/queries/purchases';
import { validatedActionWithAdmin } from '@/actions/safe-action';
import { refusalTranslator } from '@/lib/errors-text';
import { expireInAction, saleRecorded } from '@/server/cache/invalidate';
import { kickMailDelivery } from '@/server/mail';
import { approvePurchaseSchema, rejectPurchaseSchema, settleManySchema } from '@/lib/validations/admin/purchases';
import type { ActionState } from '@/lib/forms/action-state';

export const approvePurchaseAction = validatedActionWithAdmin(approvePurchaseSchema, async ({ purchaseId }, admin) => {
  const { invoiceNumber, workflowId } = await approvePurchase(admin.id, purchaseId);
  kickMailDelivery(); // the receipt
  expireInAction(saleRecorded(workflowId));
  refresh(); // the row leaves the queue; the message stays with the queue's form
  const t = await getTranslations('admin');
  return { status: 'success', message: t('actions.approvedOne', { invoice: invoiceNumber }) };
});

export const rejectPurchaseAction = validatedActionWithAdmin(
  rejectPurchaseSchema,
  async ({ purchaseId, reason }, admin) => {
    await rejectPurchase(admin.id, purchaseId, reason);
    kickMailDelivery(); // the buyer's rejection mail
    refresh(); // nothing shared changed (a pending purchase is on no public page); the admin page re-renders
    return { status: 'success', message: (await getTranslations('admin'))('actions.rejectedOne') };
  },
);

/** What a bulk decision did, as one message: how many, and which could not be settled and why. */
async function bulkMessage(
  decision: 'approve' | 'reject',
  { done, refused }: BulkOutcome<object>,
): Promise<ActionState> {
  const t = await getTranslations('admin');
  const summary = t(decision === 'approve' ? 'actions.approvedMany' : 'actions.rejectedMany', { count: done.length });
  if (refused.length === 0) return { status: 'success', message: summary };
  const translate = await refusalTranslator();
  const why = refused.map((r) => `${r.reference}: ${translate(r.refusal)}`).join(' ');
  const failed = t(decision === 'approve' ? 'actions.notApproved' : 'actions.notRejected', { count: refused.length });
  return { status: 'error', message: `${summary} ${failed} ${why}` };
}

/** "Approve selected" / "Reject selected" on the queue's ticked rows. */
export const settlePurchasesAction = validatedActionWithAdmin(
  settleManySchema,
  async ({ purchaseIds, decision, reason }, admin) => {
    if (decision === 'reject') {
      const outcome = await rejectPurchases(admin.id, purchaseIds, reason ?? '');
      if (outcome.done.length > 0) kickMailDelivery(); // the buyers' rejection mails
      refresh(); // a pending purchase is on no public page
      return bulkMessage('reject', outcome);
    }
    const outcome = await approvePurchases(admin.id, purchaseIds);
    if (outcome.done.length > 0) kickMailDelivery(); // the receipts
    expireInAction(...outcome.done.map((a) => saleRecorded(a.workflowId)));
    refresh(); // also when none was approved
    return bulkMessage('approve', outcome);
  },
);
