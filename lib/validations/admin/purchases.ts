import { z } from 'zod';
import { vm } from '@/lib/validations/messages';
import { idSchema, manySchema } from './common';
import { choiceFilter, listFilters, searchFilter } from './list-filters';

/** `?q=&status=PENDING|ACTIVE|REJECT|all&page=`: the queue shows pending purchases by default. */
export const purchaseListFilters = listFilters({
  q: searchFilter('filters.searchPurchases', 'filters.searchPurchasesHint'),
  status: choiceFilter('filters.status', [
    ['PENDING', 'filters.pending'],
    ['ACTIVE', 'filters.paid'],
    ['REJECT', 'filters.rejected'],
    ['all', 'filters.all'],
  ]),
});

const rejectReason = z
  .string({ error: vm('rejectReasonRequired') })
  .trim()
  .min(5, vm('rejectReasonTooShort'))
  .max(500, vm('rejectReasonTooLong'));

export const approvePurchaseSchema = z.object({ purchaseId: idSchema });

export const rejectPurchaseSchema = z.object({
  purchaseId: idSchema,
  reason: rejectReason,
});

/** "Approve selected" / "Reject selected" (with one reason for all) on the queue's ticked rows. */
export const settleManySchema = z
  .object({
    purchaseIds: manySchema(idSchema).pipe(
      z.array(z.string()).min(1, vm('selectPurchase')).max(100, vm('settleTooMany')),
    ),
    decision: z.enum(['approve', 'reject'], { error: vm('chooseDecision') }),
    reason: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision !== 'reject') return;
    const reason = rejectReason.safeParse(v.reason ?? '');
    if (!reason.success) ctx.addIssue({ code: 'custom', path: ['reason'], message: reason.error.issues[0]!.message });
  });

export type RejectPurchaseInput = z.input<typeof rejectPurchaseSchema>;
