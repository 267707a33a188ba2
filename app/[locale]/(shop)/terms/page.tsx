import type { Metadata } from 'next';
import { LegalDocument } from '@/components/legal/legal-document';
import { legalDocument } from '@/lib/legal/documents';
import { legalMetadata } from '@/lib/legal/metadata';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';

// The text is content/legal/en/terms.md, filled from the configuration; nothing per request, so prerendered.
export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  return legalMetadata(legalDocument('terms'), await localeOf(params));
}

export default async function TermsPage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  return <LegalDocument document={legalDocument('terms')} />;
}
