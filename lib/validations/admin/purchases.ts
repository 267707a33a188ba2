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

export const approvePurchaseSchema = z.object({ purchaseId: idSchema });

export const rejectPurchaseSchema = z.object({
  purchaseId: idSchema,
  reason: z
    .string({ error: 'Give a reason.' })
    .trim()
    .min(5, 'Give the buyer a reason of at least 5 characters.')
    .max(500, 'Use at most 500 characters.'),
});

export const approveManySchema = z.object({
  purchaseIds: manySchema(idSchema).pipe(
    z.array(z.string()).min(1, 'Select at least one purchase.').max(100, 'Approve at most 100 at once.'),
  ),
});

export type RejectPurchaseInput = z.input<typeof rejectPurchaseSchema>;
