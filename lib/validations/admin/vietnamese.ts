import { z } from 'zod';
import { vm } from '../messages';

/**
 * The length limits a Vietnamese field may have, each with its message (a key of the `validation`
 * namespace, lib/validations/messages.ts: the number is part of the message's words). A new limit needs
 * its message here first; the compiler refuses `optionalVietnamese` with a limit that has none.
 */
const TOO_SHORT = {
  0: null,
  2: vm('minChars2OrEmpty'),
  3: vm('minChars3OrEmpty'),
  10: vm('minChars10OrEmpty'),
  20: vm('minChars20OrEmpty'),
} as const;
const TOO_LONG = {
  60: vm('maxChars60'),
  120: vm('maxChars120'),
  240: vm('maxChars240'),
  300: vm('maxChars300'),
  20_000: vm('maxChars20000'),
} as const;

/**
 * An optional Vietnamese version of a text field (issue 14): empty means there is none (null is stored and
 * readers see the English text); given, it follows the English field's length rules.
 */
export function optionalVietnamese(min: keyof typeof TOO_SHORT, max: keyof typeof TOO_LONG) {
  const tooShort = TOO_SHORT[min];
  const text = tooShort ? z.string().min(min, tooShort) : z.string();
  return z
    .string()
    .trim()
    .optional()
    .transform((v) => v || null)
    .pipe(text.max(max, TOO_LONG[max]).nullable());
}
