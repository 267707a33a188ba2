import { z } from 'zod';
import { statementMappingSchema } from '@/lib/bank/statement';
import { vm } from '@/lib/validations/messages';
import { choiceFilter, listFilters } from './list-filters';

/** `?status=UNMATCHED|MATCHED|DISMISSED&page=`: the transfers that wait for an admin by default. */
export const transferListFilters = listFilters({
  status: choiceFilter('filters.show', [
    ['UNMATCHED', 'filters.unmatched'],
    ['MATCHED', 'filters.matched'],
    ['DISMISSED', 'filters.dismissed'],
  ]),
});

export const transferIdSchema = z.object({ transferId: z.uuid(vm('transferUnknown')) });

export const linkTransferSchema = transferIdSchema.extend({
  reference: z
    .string({ error: vm('transferReferenceRequired') })
    .trim()
    .min(11, vm('transferReferenceTooShort'))
    .max(40, vm('transferReferenceTooLong')),
});

/** A bank statement as uploaded: at most 2 MB of CSV text, with the chosen columns. */
export const statementSchema = statementMappingSchema.extend({
  csv: z.string().min(1, vm('statementRequired')).max(2_000_000, vm('statementTooLarge')),
});
