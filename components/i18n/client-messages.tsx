import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { pickMessages, type Namespace } from '@/i18n/messages';
import type { Locale } from '@/i18n/routing';
import { shopTimeZone } from '@/lib/format-date-time';

/**
 * The namespaces the client components below need (their forms' labels and the `validation` messages
 * useActionForm shows before posting), given only where those forms are: the [locale] layout gives
 * client components none, so the catalog ships no form words.
 */
export async function ClientMessages({
  locale,
  namespaces,
  children,
}: {
  locale: Locale;
  namespaces: readonly Namespace[];
  children: ReactNode;
}) {
  const messages = await getMessages({ locale });
  return (
    <NextIntlClientProvider locale={locale} timeZone={shopTimeZone()} messages={pickMessages(messages, namespaces)}>
      {children}
    </NextIntlClientProvider>
  );
}
