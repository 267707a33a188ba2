import { z } from 'zod';
import { vm } from './messages';

export const confirmEmailSchema = z.object({
  token: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{20,200}$/, vm('confirmLinkIncomplete')),
});

export const resendConfirmationSchema = z.object({});
