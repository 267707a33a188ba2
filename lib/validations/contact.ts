import { z } from 'zod';
import { emailSchema, nameSchema } from './auth';

/** The contact form, in the browser (react-hook-form) and in the action alike. */
export const contactSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  subject: z
    .string({ error: 'Enter a subject.' })
    .trim()
    .min(3, 'Enter at least 3 characters.')
    .max(150, 'Use at most 150 characters.'),
  message: z
    .string({ error: 'Enter your message.' })
    .trim()
    .min(10, 'Write at least 10 characters.')
    .max(5000, 'Use at most 5,000 characters.'),
  /** Honeypot: hidden from people, filled in by bots. Filled = silently dropped. */
  website: z.string().max(500).optional(),
});

export const contactReplySchema = z.object({
  messageId: z.uuid(),
  reply: z
    .string({ error: 'Write a reply.' })
    .trim()
    .min(2, 'Write a reply.')
    .max(5000, 'Use at most 5,000 characters.'),
});

export type ContactInput = z.input<typeof contactSchema>;
