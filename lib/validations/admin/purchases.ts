import { z } from 'zod';
import { idSchema, manySchema } from './common';
import { choiceFilter, listFilters, searchFilter } from './list-filters';

/** `?q=&status=PENDING|ACTIVE|REJECT|all&page=`: the queue shows pending purchases by default. */
export const purchaseListFilters = listFilters({
  q: searchFilter('Search purchases', 'Transfer reference, buyer email or workflow'),
  status: choiceFilter('Status', [
    ['PENDING', 'Pending'],
    ['ACTIVE', 'Paid'],
    ['REJECT', 'Rejected'],
    ['all', 'All'],
  ]),
});

const rejectReason = z
  .string({ error: 'Give a reason.' })
  .trim()
  .min(5, 'Give the buyer a reason of at least 5 characters.')
  .max(500, 'Use at most 500 characters.');

export const approvePurchaseSchema = z.object({ purchaseId: idSchema });

export const rejectPurchaseSchema = z.object({
  purchaseId: idSchema,
  reason: rejectReason,
});

/** "Approve selected" / "Reject selected" (with one reason for all) on the queue's ticked rows. */
export const settleManySchema = z
  .object({
    purchaseIds: manySchema(idSchema).pipe(
      z.array(z.string()).min(1, 'Select at least one purchase.').max(100, 'Settle at most 100 at once.'),
    ),
    decision: z.enum(['approve', 'reject'], { error: 'Choose Approve selected or Reject selected.' }),
    reason: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision !== 'reject') return;
    const reason = rejectReason.safeParse(v.reason ?? '');
    if (!reason.success) ctx.addIssue({ code: 'custom', path: ['reason'], message: reason.error.issues[0]!.message });
  });

export type RejectPurchaseInput = z.input<typeof rejectPurchaseSchema>;
