import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { pickMessages, type Namespace } from '@/i18n/messages';
import type { Locale } from '@/i18n/routing';
import { shopTimeZone } from '@/lib/format-date-time';
import { LazyIntlProvider } from './lazy-intl-provider';

/**
 * <ClientMessages> for a client component a page shows to few of its readers (loaded with next/dynamic):
 * the provider's code is fetched only when rendered, so the page's other readers download none of it.
 */
export async function LazyClientMessages({
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
    <LazyIntlProvider locale={locale} timeZone={shopTimeZone()} messages={pickMessages(messages, namespaces)}>
      {children}
    </LazyIntlProvider>
  );
}
