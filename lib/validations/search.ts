import { z } from 'zod';
import { vm } from './messages';
import { cleanText } from './text';

/** Suggestions while typing: a query this long is a sentence, not a search being typed. */
export const MAX_SUGGEST_QUERY = 100;

/**
 * The `q` of /api/search/suggest: trimmed, broken characters removed (as the search boxes do); empty
 * asks for nothing; longer than MAX_SUGGEST_QUERY is refused (400).
 */
export const suggestQuerySchema = z
  .string()
  .transform((q) => cleanText(q).trim())
  .pipe(z.string().max(MAX_SUGGEST_QUERY, vm('suggestQueryTooLong')));
