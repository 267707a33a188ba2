import { z } from 'zod';
import { vm } from './messages';
import { emailSchema, nameSchema } from './auth';

/** The contact form, in the browser (react-hook-form) and in the action alike. */
export const contactSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  subject: z
    .string({ error: vm('subjectRequired') })
    .trim()
    .min(3, vm('subjectTooShort'))
    .max(150, vm('subjectTooLong')),
  message: z
    .string({ error: vm('messageRequired') })
    .trim()
    .min(10, vm('messageTooShort'))
    .max(5000, vm('messageTooLong')),
  /** Honeypot: hidden from people, filled in by bots. Filled = silently dropped. */
  website: z.string().max(500).optional(),
});

export const contactReplySchema = z.object({
  messageId: z.uuid(),
  reply: z
    .string({ error: vm('replyRequired') })
    .trim()
    .min(2, vm('replyRequired'))
    .max(5000, vm('messageTooLong')),
});

export type ContactInput = z.input<typeof contactSchema>;
