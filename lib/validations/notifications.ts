import { z } from 'zod';
import { confirmedWhen } from './confirm';
import { isInternalPath } from './internal-path';
import { vm } from './messages';

export const notificationIdSchema = z.object({ id: z.uuid() });

/** `?page=` of the notifications list; anything odd is page 1. */
export const notificationsPageSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export const announcementSchema = z
  .object({
    audience: z.enum(['all', 'user'], { error: vm('audienceRequired') }),
    email: z.string().trim().toLowerCase().max(254).optional(),
    type: z.enum(['SUCCESS', 'WARNING', 'ERROR'], { error: vm('notificationTypeRequired') }),
    title: z
      .string({ error: vm('titleRequired') })
      .trim()
      .min(3, vm('subjectTooShort'))
      .max(120, vm('maxChars120')),
    message: z
      .string({ error: vm('announcementMessageRequired') })
      .trim()
      .min(3, vm('subjectTooShort'))
      .max(1000, vm('maxChars1000')),
    link: z
      .string()
      .trim()
      .optional()
      .refine((v) => !v || isInternalPath(v), vm('internalPathRequired')),
    confirmed: z.string().optional(),
  })
  .superRefine(confirmedWhen((v) => v.audience === 'all'))
  .superRefine((v, ctx) => {
    if (v.audience === 'user' && !z.email().safeParse(v.email ?? '').success) {
      ctx.addIssue({ code: 'custom', path: ['email'], message: vm('recipientEmailRequired') });
    }
  });

export type AnnouncementInput = z.input<typeof announcementSchema>;
