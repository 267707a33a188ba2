import { z } from 'zod';
import { vm } from './messages';
import { confirmPasswordSchema, emailSchema, newPasswordSchema, passwordsMatch } from './auth';

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z
  .object({
    token: z.string().min(20, vm('resetLinkIncomplete')).max(200, vm('resetLinkIncomplete')),
    password: newPasswordSchema,
    confirmPassword: confirmPasswordSchema,
  })
  .refine(...passwordsMatch('password'));

export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
