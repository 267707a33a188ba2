'use server';

import { refresh } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { dismissTransfer, linkTransferToPurchase } from '@/db/queries/bank/admin-transfers';
import { importStatement, previewStatement } from '@/db/queries/bank/statement-import';
import { fieldErrorState, validatedActionWithAdmin } from '@/actions/safe-action';
import { expireInAction, saleRecorded } from '@/server/cache/invalidate';
import { kickMailDelivery } from '@/server/mail';
import { parseCsv } from '@/lib/bank/csv';
import { statementMappingError, type MappingProblem } from '@/lib/bank/statement';
import { linkTransferSchema, statementSchema, transferIdSchema } from '@/lib/validations/admin/payments';

export const linkTransferAction = validatedActionWithAdmin(linkTransferSchema, async (data, admin) => {
  const { workflowId } = await linkTransferToPurchase(admin.id, data.transferId, data.reference);
  expireInAction(saleRecorded(workflowId));
  kickMailDelivery(); // the receipt
  return { status: 'success', message: (await getTranslations('admin'))('actions.linked') };
});

export const dismissTransferAction = validatedActionWithAdmin(transferIdSchema, async (data, admin) => {
  await dismissTransfer(admin.id, data.transferId);
  refresh(); // admin pages are dynamic
  return { status: 'success', message: (await getTranslations('admin'))('actions.dismissed') };
});

/** A mapping problem in the admin's language, on the field it is about. */
async function mappingErrorState(formData: FormData, wrong: MappingProblem) {
  const t = await getTranslations('admin');
  const message =
    wrong.problem === 'noRows'
      ? t('statement.mapping.noRows')
      : wrong.problem === 'noSuchColumn'
        ? t('statement.mapping.noSuchColumn', { count: wrong.columns })
        : t('statement.mapping.columnTaken', { column: wrong.takenBy });
  return fieldErrorState(formData, wrong.field, message);
}

/** Shows what importing the statement would do (the `rows` of the state); writes nothing. */
export const previewStatementAction = validatedActionWithAdmin(
  statementSchema,
  async ({ csv, ...mapping }, admin, formData) => {
    const wrong = statementMappingError(parseCsv(csv), mapping);
    if (wrong) return mappingErrorState(formData, wrong);
    return { status: 'idle' as const, rows: await previewStatement(admin.id, csv, mapping) };
  },
);

/** Records the statement's readable new rows and approves every exact match; says which rows it refused. */
export const importStatementAction = validatedActionWithAdmin(
  statementSchema,
  async ({ csv, ...mapping }, admin, formData) => {
    const wrong = statementMappingError(parseCsv(csv), mapping);
    if (wrong) return mappingErrorState(formData, wrong);
    const s = await importStatement(admin.id, csv, mapping);
    expireInAction(...s.soldWorkflowIds.map((workflowId) => saleRecorded(workflowId)));
    if (s.approved > 0) kickMailDelivery(); // the receipts
    refresh(); // the admin pages (dynamic), also when nothing was approved
    const t = await getTranslations('admin');
    return {
      status: 'success' as const,
      message: t('actions.imported', {
        imported: s.imported,
        approved: s.approved,
        unmatched: s.unmatched,
        skipped: s.skipped,
        refused: s.refused.length,
      }),
      refused: s.refused,
    };
  },
);
