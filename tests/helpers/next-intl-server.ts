/**
 * next-intl/server outside Next (unit tests render server components with react-dom/server, action tests
 * call actions): English unless a test chooses another language with `setTestLocale('vi')`, translated
 * from the real message files. Use as `vi.mock('next-intl/server', () => import(...))`.
 */
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/i18n/messages';
import type { Locale } from '@/i18n/routing';

let current: Locale = 'en';

/** The language the next getTranslations/getLocale calls answer in (a page's `[locale]` in a real request). */
export function setTestLocale(locale: Locale) {
  current = locale;
}

export const setRequestLocale = () => undefined;
export const getLocale = async () => current;
export const getMessages = (arg?: { locale?: Locale }) => loadMessages(arg?.locale ?? current);
export async function getTranslations(arg?: string | { locale?: Locale; namespace?: string }) {
  const namespace = typeof arg === 'string' ? arg : arg?.namespace;
  const locale = (typeof arg === 'object' ? arg.locale : undefined) ?? current;
  return createTranslator({ locale, messages: await loadMessages(locale), namespace: namespace as never });
}
