import { getRequestConfig } from 'next-intl/server';
import { shopTimeZone } from '@/lib/format-date-time';
import { loadMessages } from './messages';
import { isLocale, routing } from './routing';

/**
 * next-intl's per-request configuration: the locale comes from the `[locale]` segment (pages call
 * setRequestLocale, so the anonymous variant stays static) or from the header proxy.ts sets.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  return { locale, messages: await loadMessages(locale), timeZone: shopTimeZone() };
});
