import { z } from 'zod';
import { statementMappingSchema } from '@/lib/bank/statement';
import { choiceFilter, listFilters } from './list-filters';

/** `?status=UNMATCHED|MATCHED|DISMISSED&page=`: the transfers that wait for an admin by default. */
export const transferListFilters = listFilters({
  status: choiceFilter('Show', [
    ['UNMATCHED', 'Unmatched'],
    ['MATCHED', 'Matched'],
    ['DISMISSED', 'Dismissed'],
  ]),
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
