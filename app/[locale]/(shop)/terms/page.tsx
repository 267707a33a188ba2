import type { Metadata } from 'next';
import { LegalDocument } from '@/components/legal/legal-document';
import { legalDocument } from '@/lib/legal/documents';
import { legalMetadata } from '@/lib/legal/metadata';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';

// The text is content/legal/<locale>/terms.md (English when a language has none), filled from the configuration; nothing per request, so prerendered.
export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await localeOf(params);
  return legalMetadata(legalDocument('terms', locale), locale);
}

export default async function TermsPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  return <LegalDocument document={legalDocument('terms', locale)} locale={locale} />;
}
