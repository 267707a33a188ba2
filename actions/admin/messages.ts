'use server';

import { refresh } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { setMessageResolved } from '@/db/queries/admin/messages';
import { replyToContactMessage } from '@/db/queries/contact';
import { kickMailDelivery } from '@/server/mail';
import { validatedActionWithAdmin } from '@/actions/safe-action';
import { setMessageResolvedSchema } from '@/lib/validations/admin/messages';
import { contactReplySchema } from '@/lib/validations/contact';

export const setMessageResolvedAction = validatedActionWithAdmin(setMessageResolvedSchema, async (data, admin) => {
  await setMessageResolved(admin.id, data.messageId, data.resolved);
  refresh(); // admin pages are dynamic: the list and the navigation's count re-render
  const t = await getTranslations('admin');
  return { status: 'success', message: t(data.resolved ? 'actions.resolved' : 'actions.reopened') };
});

/** Answers a message: saved, queued by email to the sender and, when they have an account, notified in the app. */
export const replyToMessageAction = validatedActionWithAdmin(
  contactReplySchema,
  async ({ messageId, reply }, admin) => {
    await replyToContactMessage(admin.id, messageId, reply);
    kickMailDelivery();
    refresh();
    return { status: 'success', message: (await getTranslations('admin'))('actions.replySent') };
  },
);
