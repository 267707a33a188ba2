import type { Metadata } from 'next';
import { LegalDocument } from '@/components/legal/legal-document';
import { legalDocument } from '@/lib/legal/documents';
import { legalMetadata } from '@/lib/legal/metadata';

// The text is content/legal/en/terms.md, filled from the configuration; nothing per request, so prerendered.
export function generateMetadata(): Metadata {
  return legalMetadata(legalDocument('terms'));
}

export default function TermsPage() {
  return <LegalDocument document={legalDocument('terms')} />;
}
