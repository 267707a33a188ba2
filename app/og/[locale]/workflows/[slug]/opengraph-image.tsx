import { unknownCardLanguage, workflowCard } from '@/server/og-cards';
import { OG_CONTENT_TYPE, OG_SIZE, ogCardLocale } from '@/lib/og/meta';

// A workflow's card in a language other than English (/og/vi/workflows/<slug>/opengraph-image): its title
// and short description in that language where it has them. Generated on its first request and kept (ISR)
// with the same tags as the English card, so the same writes expire both (server/og-cards.ts).
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const generateStaticParams = () => [];
export const revalidate = 3600;

export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale: param, slug } = await params;
  const locale = ogCardLocale(param);
  return locale ? workflowCard(slug, locale) : unknownCardLanguage();
}
