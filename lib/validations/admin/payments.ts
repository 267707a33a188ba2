import { z } from 'zod';
import { statementMappingSchema } from '@/lib/bank/statement';

export const transferStatuses = ['UNMATCHED', 'MATCHED', 'DISMISSED'] as const;

export const paymentsListSchema = z.object({
  status: z.enum(transferStatuses).catch('UNMATCHED'),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export const transferIdSchema = z.object({ transferId: z.uuid('Unknown transfer.') });

export const linkTransferSchema = transferIdSchema.extend({
  reference: z
    .string({ error: 'Enter the transfer reference.' })
    .trim()
    .min(11, 'Enter the purchase’s transfer reference (USI + 8 characters).')
    .max(40, 'That is too long for a transfer reference.'),
});

/** A bank statement as uploaded: at most 2 MB of CSV text, with the chosen columns. */
export const statementSchema = statementMappingSchema.extend({
  csv: z.string().min(1, 'Choose a CSV file.').max(2_000_000, 'The statement is larger than 2 MB.'),
});
