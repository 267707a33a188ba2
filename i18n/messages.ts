import { isDevelopment } from '@/lib/env';
import type { Locale } from './routing';

/**
 * The message catalog is split by area, one JSON file per namespace in each language
 * (messages/en/<namespace>.json, messages/vi/<namespace>.json), so helpers working on different areas
 * never edit the same file. A namespace's file holds exactly the keys of `t('key')` calls made with
 * `useTranslations('<namespace>')` / `getTranslations('<namespace>')` (tests/i18n/messages.test.ts).
 */
export const NAMESPACES = [
  'common',
  'shell',
  'home',
  'catalog',
  'workflow',
  'pages',
  'contact',
  'auth',
  'validation',
  'checkout',
  'account',
  'settings',
  'admin',
  'legal',
  'reviews',
  'errorPage',
  'og',
  'errors',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

type Catalog = Record<string, unknown>;

const catalogs = new Map<Locale, Promise<Catalog>>();

/**
 * A language's whole catalog, assembled once per process (next-intl's request config asks for it on every
 * request: 18 dynamic imports and a new object each time were ≈ 1 ms of a signed-in request, issue 20).
 * The catalog is shared by every request: nothing may change it.
 */
export function loadMessages(locale: Locale): Promise<Catalog> {
  // In development a message file edited while the server runs is read again.
  let catalog = isDevelopment() ? undefined : catalogs.get(locale);
  if (!catalog) {
    catalog = Promise.all(
      NAMESPACES.map(
        async (ns) => [ns, (await import(`../messages/${locale}/${ns}.json`)).default as Catalog] as const,
      ),
    ).then((entries) => Object.freeze(Object.fromEntries(entries)));
    // A failed load is not kept: the next request tries again.
    catalog.catch(() => catalogs.delete(locale));
    catalogs.set(locale, catalog);
  }
  return catalog;
}

/** Only the namespaces a client component needs (NextIntlClientProvider): the rest stays on the server. */
export function pickMessages(messages: Catalog, namespaces: readonly Namespace[]): Catalog {
  return Object.fromEntries(namespaces.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]));
}
