'use server';

import { revalidatePath } from 'next/cache';
import { dismissTransfer, linkTransferToPurchase } from '@/db/queries/bank/admin-transfers';
import { importStatement, previewStatement, type PreviewRow } from '@/db/queries/bank/statement-import';
import type { ActionState } from '@/lib/forms/action-state';
import { errorState, validatedActionWithAdmin } from '@/actions/safe-action';
import { requireAdmin } from '@/server/auth/guards';
import { linkTransferSchema, statementSchema, transferIdSchema } from '@/lib/validations/admin/payments';

export async function linkTransferAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  return validatedActionWithAdmin(linkTransferSchema, async (data, admin) => {
    await linkTransferToPurchase(admin.id, data.transferId, data.reference);
    revalidatePath('/admin', 'layout');
    return { status: 'success', message: 'Linked: the purchase is approved.' };
  })(prev, formData);
}

export async function dismissTransferAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  return validatedActionWithAdmin(transferIdSchema, async (data, admin) => {
    await dismissTransfer(admin.id, data.transferId);
    revalidatePath('/admin/payments');
    return { status: 'success', message: 'Dismissed.' };
  })(prev, formData);
}

export type StatementState = ActionState & { rows?: PreviewRow[] };

/** Shows what importing the statement would do; writes nothing. */
export async function previewStatementAction(_prev: StatementState, formData: FormData): Promise<StatementState> {
  const admin = await requireAdmin();
  const parsed = statementSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: 'error', message: parsed.error.issues[0]?.message ?? 'Check the statement.' };
  try {
    const { csv, ...mapping } = parsed.data;
    return { status: 'idle', rows: await previewStatement(admin.id, csv, mapping) };
  } catch (error) {
    return errorState(error);
  }
}

/** Records the statement's new rows and approves every exact match. */
export async function importStatementAction(_prev: StatementState, formData: FormData): Promise<StatementState> {
  const admin = await requireAdmin();
  const parsed = statementSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: 'error', message: parsed.error.issues[0]?.message ?? 'Check the statement.' };
  try {
    const { csv, ...mapping } = parsed.data;
    const s = await importStatement(admin.id, csv, mapping);
    revalidatePath('/admin', 'layout');
    return {
      status: 'success',
      message: `Imported ${s.imported} row(s): ${s.approved} purchase(s) approved, ${s.unmatched} kept unmatched, ${s.skipped} already imported, ${s.errors} unreadable.`,
    };
  } catch (error) {
    return errorState(error);
  }
}
