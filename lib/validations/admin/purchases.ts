import { z } from 'zod';
import { firstParam, idSchema, manySchema, pageParam, searchParam, type SearchParams } from './common';

export const purchaseStatusFilter = z.enum(['all', 'PENDING', 'ACTIVE', 'REJECT']);

const filterSchema = z.object({
  status: purchaseStatusFilter.catch('PENDING'),
  q: searchParam,
  page: pageParam,
});

export type PurchaseListParams = z.output<typeof filterSchema>;

/** `?status=PENDING|ACTIVE|REJECT|all&q=&page=`: the queue shows pending purchases by default. */
export function parsePurchaseListParams(params: SearchParams): PurchaseListParams {
  return filterSchema.parse({
    status: firstParam(params.status) ?? 'PENDING',
    q: firstParam(params.q),
    page: firstParam(params.page),
  });
}

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
