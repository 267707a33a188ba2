import { workflowCard } from '@/server/og-cards';
import { OG_CONTENT_TYPE, OG_SIZE } from '@/lib/og/meta';

// A workflow's English card (the other languages': app/og/[locale]/workflows/[slug]): generated on its
// first request and kept like the anonymous page (ISR), tagged with the workflow, so a change of its title
// or description draws a new one (server/og-cards.ts, server/cache/invalidate.ts).
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const generateStaticParams = () => [];
export const revalidate = 3600;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  return workflowCard((await params).slug, 'en');
}
