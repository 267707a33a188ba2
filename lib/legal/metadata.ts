import type { Metadata } from 'next';
import { localeAlternates } from '@/i18n/alternates';
import type { Locale } from '@/i18n/routing';
import type { LegalDocument } from './documents';

/** A legal page's metadata: its title and description from the text, canonical at its path in its language. */
export function legalMetadata(document: LegalDocument, locale: Locale): Metadata {
  return {
    title: document.title,
    description: document.description,
    alternates: localeAlternates(locale, document.path),
  };
}
