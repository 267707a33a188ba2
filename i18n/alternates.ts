import type { Metadata } from 'next';
import { localizedPath, routing, type Locale } from './routing';

/**
 * A page's canonical URL in its language and its hreflang alternates (en, vi, x-default: English, the
 * URLs without a prefix). `path` is the English (unprefixed) path, with its query if it has one.
 */
export function localeAlternates(locale: Locale, path: string): NonNullable<Metadata['alternates']> {
  const languages: Record<string, string> = { 'x-default': path };
  for (const l of routing.locales) languages[l] = localizedPath(l, path);
  return { canonical: localizedPath(locale, path), languages };
}
