'use server';

import { revalidatePath } from 'next/cache';
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
  revalidatePath('/', 'layout');
  return {
    status: 'success',
    message: `Announcement sent to ${recipients.toLocaleString('en')} ${recipients === 1 ? 'user' : 'users'}.`,
  };
});
