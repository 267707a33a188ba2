'use server';

import { revalidatePath } from 'next/cache';
import { approvePurchases } from '@/db/queries/admin/purchases';
import { approvePurchase, rejectPurchase } from '@/db/queries/purchases';
import { validatedActionWithAdmin } from '@/actions/safe-action';
import { approveManySchema, approvePurchaseSchema, rejectPurchaseSchema } from '@/lib/validations/admin/purchases';

export const approvePurchaseAction = validatedActionWithAdmin(approvePurchaseSchema, async ({ purchaseId }, admin) => {
  const { invoiceNumber } = await approvePurchase(admin.id, purchaseId);
  revalidatePath('/', 'layout');
  return { status: 'success', message: `Approved. Invoice ${invoiceNumber} issued.` };
});

export const rejectPurchaseAction = validatedActionWithAdmin(
  rejectPurchaseSchema,
  async ({ purchaseId, reason }, admin) => {
    await rejectPurchase(admin.id, purchaseId, reason);
    revalidatePath('/', 'layout');
    return { status: 'success', message: 'Rejected. The buyer has been told why.' };
  },
);

export const approvePurchasesAction = validatedActionWithAdmin(approveManySchema, async ({ purchaseIds }, admin) => {
  const { approved, refused } = await approvePurchases(admin.id, purchaseIds);
  revalidatePath('/', 'layout');
  const done = `Approved ${approved.length} purchase${approved.length === 1 ? '' : 's'}.`;
  if (refused.length === 0) return { status: 'success', message: done };
  const why = refused.map((r) => `${r.reference}: ${r.message}`).join(' ');
  return { status: 'error', message: `${done} ${refused.length} could not be approved. ${why}` };
});
