'use server';

import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { submitContactMessage } from '@/db/queries/contact';
import { clientIp } from '@/lib/http/client-ip';
import { contactSchema } from '@/lib/validations/contact';
import { validatedAction } from './safe-action';

export const contactAction = validatedAction(contactSchema, async (data, user) => {
  const t = await getTranslations('contact');
  // A filled honeypot is a bot: it gets the same answer, and nothing is stored.
  if (data.website) return { status: 'success', message: t('sent') };
  const ip = clientIp(await headers());
  await submitContactMessage(
    { name: data.name, email: data.email, subject: data.subject, message: data.message },
    { ip, userId: user?.id },
  );
  return { status: 'success', message: t('sent') };
});
