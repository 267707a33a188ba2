import { z } from 'zod';

/**
 * An optional Vietnamese version of a text field (issue 14): empty means there is none (null is stored and
 * readers see the English text); given, it follows the English field's length rules.
 */
export function optionalVietnamese(min: number, max: number) {
  return z
    .string()
    .trim()
    .optional()
    .transform((v) => v || null)
    .pipe(
      z
        .string()
        .min(min, `Enter at least ${min} characters, or leave it empty.`)
        .max(max, `Use at most ${max.toLocaleString('en-US')} characters.`)
        .nullable(),
    );
}
