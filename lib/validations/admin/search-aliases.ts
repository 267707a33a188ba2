import { z } from 'zod';
import { normalizeAlias } from '@/lib/search/text';
import { vm } from '../messages';
import { idSchema } from './common';

/** Aliases are phrases of at most this many words (db/queries/catalog/search-aliases.ts reads as many). */
const MAX_ALIAS_WORDS = 3;

export const searchAliasFormSchema = z.object({
  alias: z
    .string({ error: vm('aliasRequired') })
    .trim()
    .max(60, vm('maxChars60'))
    .refine((v) => normalizeAlias(v).length > 0, vm('aliasNoLetters'))
    .refine((v) => normalizeAlias(v).split(' ').length <= MAX_ALIAS_WORDS, vm('aliasTooManyWords')),
  target: z
    .string({ error: vm('aliasTargetRequired') })
    .trim()
    .min(2, vm('nameTooShort'))
    .max(60, vm('maxChars60')),
});

export const searchAliasDeleteSchema = z.object({ id: idSchema });

export type SearchAliasInput = z.input<typeof searchAliasFormSchema>;
