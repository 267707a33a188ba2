import { z } from 'zod';

export const emailSchema = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .toLowerCase()
  .min(1, 'Enter your email address.')
  .max(254, 'That email address is too long.')
  .pipe(z.email('Enter a valid email address.'));

export const newPasswordSchema = z
  .string({ error: 'Choose a password.' })
  .min(10, 'Use at least 10 characters.')
  .max(200, 'Use at most 200 characters.');

/**
 * A path on this site: starts with one `/`, and has no backslash, whitespace or control character
 * (URL parsers drop tabs and newlines, so `/\t/evil.test` would become `//evil.test`).
 */
const SAFE_PATH = /^\/(?![/\\])[^\\\s\p{Cc}]*$/u;

/** "Confirm new password": required here, compared by `passwordsMatch`. */
export const confirmPasswordSchema = z.string({ error: 'Repeat the new password.' }).min(1, 'Repeat the new password.');

/** A refinement: `confirmPassword` must equal the field `key` (the error goes under confirmPassword). */
export function passwordsMatch<K extends string>(
  key: K,
): [(v: Record<K | 'confirmPassword', string>) => boolean, { path: PropertyKey[]; message: string }] {
  return [(v) => v[key] === v.confirmPassword, { path: ['confirmPassword'], message: 'The two passwords differ.' }];
}

export const nameSchema = z
  .string({ error: 'Enter your name.' })
  .trim()
  .min(2, 'Enter at least 2 characters.')
  .max(80, 'Use at most 80 characters.');

/** Where to go after signing in: only a path on this site (never `//host` or a full URL). */
export const callbackUrlSchema = z
  .string()
  .optional()
  .transform((v) => (v && SAFE_PATH.test(v) ? v : '/'));

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.').max(200),
  callbackUrl: callbackUrlSchema,
});

export const registerSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  callbackUrl: callbackUrlSchema,
});

export type LoginInput = z.input<typeof loginSchema>;
export type RegisterInput = z.input<typeof registerSchema>;
