import { homeCard, unknownCardLanguage } from '@/server/og-cards';
import { OG_CONTENT_TYPE, OG_PREFIXED_LOCALES, OG_SIZE, ogCardLocale } from '@/lib/og/meta';

// The card of the home page and the catalog in a language other than English (/og/vi/opengraph-image);
// drawn once per language, at build. The alt text is the page's (lib/og/card-text.ts).
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const generateStaticParams = () => OG_PREFIXED_LOCALES.map((locale) => ({ locale }));
export const dynamicParams = false;

export default async function Image({ params }: { params: Promise<{ locale: string }> }) {
  const locale = ogCardLocale((await params).locale);
  return locale ? homeCard(locale) : unknownCardLanguage();
}
