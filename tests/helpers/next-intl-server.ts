/**
 * next-intl/server outside Next (unit tests render server components with react-dom/server): English,
 * translated from the real message files. Use as `vi.mock('next-intl/server', () => import(...))`.
 */
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/i18n/messages';

const LOCALE = 'en';

export const setRequestLocale = () => undefined;
export const getMessages = () => loadMessages(LOCALE);
export async function getTranslations(arg?: string | { namespace?: string }) {
  const namespace = typeof arg === 'string' ? arg : arg?.namespace;
  return createTranslator({ locale: LOCALE, messages: await getMessages(), namespace: namespace as never });
}
