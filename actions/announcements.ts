'use server';

import { refresh } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { sendAnnouncement } from '@/db/queries/announcements';
import { announcementSchema } from '@/lib/validations/notifications';
import { validatedActionWithAdmin } from './safe-action';

export const sendAnnouncementAction = validatedActionWithAdmin(announcementSchema, async (data, admin) => {
  const { recipients } = await sendAnnouncement(admin.id, {
    email: data.audience === 'user' ? data.email : undefined,
    type: data.type,
    title: data.title,
    message: data.message,
    link: data.link || null,
  });
  // Notifications are per user and never cached: the sender's page (and bell, if a recipient) re-renders.
  refresh();
  return { status: 'success', message: (await getTranslations('admin'))('actions.announced', { count: recipients }) };
});
