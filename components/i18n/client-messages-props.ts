import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { pickMessages, type Namespace } from '@/i18n/messages';
import type { Locale } from '@/i18n/routing';
import { shopTimeZone } from '@/lib/format-date-time';

export type ClientMessagesProps = { locale: Locale; namespaces: readonly Namespace[]; children: ReactNode };

/**
 * What a client provider below <ClientMessages> or <LazyClientMessages> is given: only these namespaces.
 * (A module of its own: the lazy one must not import next-intl's provider.)
 */
export async function providerProps({ locale, namespaces }: ClientMessagesProps) {
  const messages = await getMessages({ locale });
  return { locale, timeZone: shopTimeZone(), messages: pickMessages(messages, namespaces) };
}
