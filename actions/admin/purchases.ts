'use server';

import { refresh } from 'next/cache';
import { approvePurchases } from '@/db/queries/admin/purchases';
import { approvePurchase, rejectPurchase } from '@/db/queries/purchases';
import { validatedActionWithAdmin } from '@/actions/safe-action';
import { expireInAction, saleRecorded } from '@/server/cache/invalidate';
import { kickMailDelivery } from '@/server/mail';
import { approveManySchema, approvePurchaseSchema, rejectPurchaseSchema } from '@/lib/validations/admin/purchases';

export const approvePurchaseAction = validatedActionWithAdmin(approvePurchaseSchema, async ({ purchaseId }, admin) => {
  const { invoiceNumber, workflowId } = await approvePurchase(admin.id, purchaseId);
  kickMailDelivery(); // the receipt
  expireInAction(saleRecorded(workflowId));
  return { status: 'success', message: `Approved. Invoice ${invoiceNumber} issued.` };
});

export const rejectPurchaseAction = validatedActionWithAdmin(
  rejectPurchaseSchema,
  async ({ purchaseId, reason }, admin) => {
    await rejectPurchase(admin.id, purchaseId, reason);
    kickMailDelivery(); // the buyer's rejection mail
    refresh(); // nothing shared changed (a pending purchase is on no public page); the admin page re-renders
    return { status: 'success', message: 'Rejected. The buyer has been told why.' };
  },
);

export const approvePurchasesAction = validatedActionWithAdmin(approveManySchema, async ({ purchaseIds }, admin) => {
  const { approved, refused } = await approvePurchases(admin.id, purchaseIds);
  if (approved.length > 0) kickMailDelivery();
  expireInAction(...approved.map((a) => saleRecorded(a.workflowId)));
  refresh(); // also when none was approved
  const done = `Approved ${approved.length} purchase${approved.length === 1 ? '' : 's'}.`;
  if (refused.length === 0) return { status: 'success', message: done };
  const why = refused.map((r) => `${r.reference}: ${r.message}`).join(' ');
  return { status: 'error', message: `${done} ${refused.length} could not be approved. ${why}` };
});
