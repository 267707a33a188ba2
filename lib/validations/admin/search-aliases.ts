import { z } from 'zod';
import { normalizeAlias } from '@/lib/search/text';
import { idSchema } from './common';

/** Aliases are phrases of at most this many words (db/queries/catalog/search-aliases.ts reads as many). */
const MAX_ALIAS_WORDS = 3;

export const searchAliasFormSchema = z.object({
  alias: z
    .string({ error: 'Enter what shoppers type.' })
    .trim()
    .max(60, 'Use at most 60 characters.')
    .refine((v) => normalizeAlias(v).length > 0, 'Enter at least one letter or digit.')
    .refine((v) => normalizeAlias(v).split(' ').length <= MAX_ALIAS_WORDS, `Use at most ${MAX_ALIAS_WORDS} words.`),
  target: z
    .string({ error: 'Enter what it means.' })
    .trim()
    .min(2, 'Enter at least 2 characters.')
    .max(60, 'Use at most 60 characters.'),
});

export const searchAliasDeleteSchema = z.object({ id: idSchema });

export type SearchAliasInput = z.input<typeof searchAliasFormSchema>;
