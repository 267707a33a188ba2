import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale, type Locale } from './routing';

export type LocaleParams = Promise<{ locale: string }>;

/**
 * A page's language from its `[locale]` segment, set for next-intl so nothing under the page reads a
 * header for it: the anonymous variant stays static. Every page and layout under app/[locale] calls it
 * (they render in parallel, so the layout's call does not reach the page).
 */
export async function pageLocale(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** The language of a page's `[locale]` segment for its generateMetadata (English for anything else). */
export async function localeOf(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  return isLocale(locale) ? locale : 'en';
}
