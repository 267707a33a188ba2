import { z } from 'zod';
import { confirmedWhen } from './confirm';
import { isInternalPath } from './internal-path';

export const notificationIdSchema = z.object({ id: z.uuid() });

/** `?page=` of the notifications list; anything odd is page 1. */
export const notificationsPageSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export const announcementSchema = z
  .object({
    audience: z.enum(['all', 'user'], { error: 'Choose who gets it.' }),
    email: z.string().trim().toLowerCase().max(254).optional(),
    type: z.enum(['SUCCESS', 'WARNING', 'ERROR'], { error: 'Choose a type.' }),
    title: z
      .string({ error: 'Enter a title.' })
      .trim()
      .min(3, 'Enter at least 3 characters.')
      .max(120, 'Use at most 120 characters.'),
    message: z
      .string({ error: 'Enter a message.' })
      .trim()
      .min(3, 'Enter at least 3 characters.')
      .max(1000, 'Use at most 1,000 characters.'),
    link: z
      .string()
      .trim()
      .optional()
      .refine((v) => !v || isInternalPath(v), 'Use a path on this site, like /workflows.'),
    confirmed: z.string().optional(),
  })
  .superRefine(confirmedWhen((v) => v.audience === 'all'))
  .superRefine((v, ctx) => {
    if (v.audience === 'user' && !z.email().safeParse(v.email ?? '').success) {
      ctx.addIssue({ code: 'custom', path: ['email'], message: 'Enter the email of the recipient.' });
    }
  });

export type AnnouncementInput = z.input<typeof announcementSchema>;
