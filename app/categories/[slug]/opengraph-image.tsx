import { categoryCard } from '@/server/og-cards';
import { OG_CONTENT_TYPE, OG_SIZE } from '@/lib/og/meta';

// A category's English card (the other languages': app/og/[locale]/categories/[slug]): generated on its
// first request, kept (ISR) and tagged with the category (server/og-cards.ts).
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const generateStaticParams = () => [];
export const revalidate = 3600;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  return categoryCard((await params).slug, 'en');
}
