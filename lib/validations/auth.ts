import { z } from 'zod';
import { vm } from './messages';

export const emailSchema = z
  .string({ error: vm('emailRequired') })
  .trim()
  .toLowerCase()
  .min(1, vm('emailRequired'))
  .max(254, vm('emailTooLong'))
  .pipe(z.email(vm('emailInvalid')));

export const newPasswordSchema = z
  .string({ error: vm('passwordChoose') })
  .min(10, vm('passwordTooShort'))
  .max(200, vm('passwordTooLong'));

/**
 * A path on this site: starts with one `/`, and has no backslash, whitespace or control character
 * (URL parsers drop tabs and newlines, so `/\t/evil.test` would become `//evil.test`).
 */
const SAFE_PATH = /^\/(?![/\\])[^\\\s\p{Cc}]*$/u;

/** "Confirm new password": required here, compared by `passwordsMatch`. */
export const confirmPasswordSchema = z
  .string({ error: vm('confirmPasswordRequired') })
  .min(1, vm('confirmPasswordRequired'));

/** A refinement: `confirmPassword` must equal the field `key` (the error goes under confirmPassword). */
export function passwordsMatch<K extends string>(
  key: K,
): [(v: Record<K | 'confirmPassword', string>) => boolean, { path: PropertyKey[]; message: string }] {
  return [(v) => v[key] === v.confirmPassword, { path: ['confirmPassword'], message: vm('passwordsDiffer') }];
}

export const nameSchema = z
  .string({ error: vm('nameRequired') })
  .trim()
  .min(2, vm('nameTooShort'))
  .max(80, vm('nameTooLong'));

/** Where to go after signing in: only a path on this site (never `//host` or a full URL). */
export const callbackUrlSchema = z
  .string()
  .optional()
  .transform((v) => (v && SAFE_PATH.test(v) ? v : '/'));

export const loginSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: vm('passwordRequired') })
    .min(1, vm('passwordRequired'))
    .max(200, vm('passwordTooLong')),
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
