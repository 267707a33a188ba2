import { z } from 'zod';

export const confirmEmailSchema = z.object({
  token: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{20,200}$/, 'This confirmation link is incomplete. Open the link from the email again.'),
});

export const resendConfirmationSchema = z.object({});
