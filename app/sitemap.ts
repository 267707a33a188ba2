import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { listSitemapEntries } from '@/db/queries/catalog/categories';
import { localeAlternates } from '@/i18n/alternates';
import { routing } from '@/i18n/routing';
import { LEGAL_DOCUMENTS } from '@/lib/legal/documents';
import { appUrl } from '@/lib/site';

type Entry = Omit<MetadataRoute.Sitemap[number], 'url'> & { path: string };

/** Every page in both languages, each entry naming the other as its hreflang alternate. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // Read from the database per request (cached by crawlers), never at build time.
  await connection();
  const base = appUrl();
  const entries = await listSitemapEntries();
  const pages: Entry[] = [
    { path: '/', changeFrequency: 'daily', priority: 1 },
    { path: '/workflows', changeFrequency: 'daily', priority: 0.9 },
    ...LEGAL_DOCUMENTS.map((name) => ({ path: `/${name}`, changeFrequency: 'yearly' as const, priority: 0.2 })),
    ...entries.map((e) => ({ path: e.path, lastModified: new Date(e.lastModified) })),
  ];
  return pages.flatMap(({ path, ...rest }) =>
    routing.locales.map((locale) => {
      const { canonical, languages } = localeAlternates(locale, path);
      return {
        ...rest,
        url: absolute(base, String(canonical)),
        alternates: {
          languages: Object.fromEntries(
            Object.entries(languages ?? {}).map(([l, href]) => [l, absolute(base, String(href))]),
          ),
        },
      };
    }),
  );
}

const absolute = (base: string, path: string) => `${base}${path}`;
