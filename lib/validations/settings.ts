import { z } from 'zod';
import { AVATAR_MAX_BYTES } from '@/lib/uploads/image-type';
import { confirmPasswordSchema, emailSchema, nameSchema, newPasswordSchema, passwordsMatch } from './auth';
import { vm, type ValidationKey } from './messages';

const currentPassword = z
  .string({ error: vm('currentPasswordRequired') })
  .min(1, vm('currentPasswordRequired'))
  .max(200);

export const profileSchema = z.object({ name: nameSchema });

/** The browser checks size and declared type; the server checks again, and the content's magic bytes. */
export const avatarSchema = z.object({
  avatar: z
    .custom<File>((v) => typeof File !== 'undefined' && v instanceof File && v.size > 0, vm('imageRequired'))
    .refine((f) => f.size <= AVATAR_MAX_BYTES, vm('avatarTooLarge'))
    .refine((f) => ['image/png', 'image/jpeg', 'image/webp'].includes(f.type), vm('imageTypeInvalid')),
});

export const changeEmailSchema = z.object({ email: emailSchema, currentPassword });

export const changePasswordSchema = z
  .object({
    currentPassword,
    newPassword: newPasswordSchema,
    confirmPassword: confirmPasswordSchema,
  })
  .refine(...passwordsMatch('newPassword'));

export const deleteAccountSchema = z.object({
  password: currentPassword,
  confirm: z.literal('on', { error: vm('confirmTick') }),
});

export type ProfileInput = z.input<typeof profileSchema>;
export type ChangeEmailInput = z.input<typeof changeEmailSchema>;
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;

/** An admin's "Order alerts": an email per new order, one hourly digest, or none (the in-app notice stays). */
export const ORDER_ALERT_MODES = ['each', 'digest', 'off'] as const;
export type OrderAlerts = (typeof ORDER_ALERT_MODES)[number];
export const orderAlertsSchema = z.object({
  orderAlerts: z.enum(ORDER_ALERT_MODES, { error: vm('orderAlertsRequired') }),
});

/** A buyer's tax code (mã số thuế, MST): 10 digits, or 10 digits, a hyphen and the 3-digit branch number. */
export const BUYER_TAX_CODE_PATTERN = /^\d{10}(-\d{3})?$/;

const optionalLine = (max: number, tooLong: ValidationKey) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .transform((v) => v || null);

/** Invoice details (settings): all optional; what is set is copied onto each invoice as it is issued. */
export const invoiceDetailsSchema = z.object({
  company: optionalLine(200, vm('companyTooLong')),
  address: optionalLine(300, vm('addressTooLong')),
  taxCode: z
    .string()
    .trim()
    .refine((v) => v === '' || BUYER_TAX_CODE_PATTERN.test(v), vm('taxCodeInvalid'))
    .transform((v) => v || null),
});
export type InvoiceDetailsInput = z.input<typeof invoiceDetailsSchema>;
export type InvoiceDetails = z.output<typeof invoiceDetailsSchema>;
