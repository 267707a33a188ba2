import type { MetadataRoute } from 'next';
import { listSitemapEntries } from '@/db/queries/catalog/categories';
import { LEGAL_DOCUMENTS } from '@/lib/legal/documents';
import { appUrl } from '@/lib/site';

// Read from the database per request (cached by crawlers), never at build time.
export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = appUrl();
  const entries = await listSitemapEntries();
  return [
    { url: `${base}/`, changeFrequency: 'daily', priority: 1 },
    { url: `${base}/workflows`, changeFrequency: 'daily', priority: 0.9 },
    ...LEGAL_DOCUMENTS.map((name) => ({ url: `${base}/${name}`, changeFrequency: 'yearly' as const, priority: 0.2 })),
    ...entries.map((e) => ({ url: `${base}${e.path}`, lastModified: new Date(e.lastModified) })),
  ];
}
