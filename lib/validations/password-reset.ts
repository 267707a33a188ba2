import { z } from 'zod';
import { confirmPasswordSchema, emailSchema, newPasswordSchema, passwordsMatch } from './auth';

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z
  .object({
    token: z.string().min(20, 'This reset link is incomplete.').max(200),
    password: newPasswordSchema,
    confirmPassword: confirmPasswordSchema,
  })
  .refine(...passwordsMatch('password'));

export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
