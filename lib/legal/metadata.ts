import type { Metadata } from 'next';
import type { LegalDocument } from './documents';

/** A legal page's metadata: its title and description from the text, canonical at its path. */
export function legalMetadata(document: LegalDocument): Metadata {
  return {
    title: document.title,
    description: document.description,
    alternates: { canonical: document.path },
  };
}
