import { cachedWorkflow, dependsOn } from '@/server/catalog-cache';
import { ogImage } from '@/server/og-image';
import { cacheTags } from '@/lib/cache-tags';
import { OG_CONTENT_TYPE, OG_SIZE } from '@/lib/og/meta';

// A workflow's card: generated on its first request and kept like the anonymous page (ISR), tagged with
// the workflow, so a change of its title or description draws a new one (server/cache/invalidate.ts).
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const alt = 'Workflow preview';
export const generateStaticParams = () => [];
export const revalidate = 3600;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const w = await cachedWorkflow((await params).slug);
  if (!w) return new Response('Not found', { status: 404 });
  await dependsOn(cacheTags.workflow(w.id));
  return ogImage({
    eyebrow: ['n8n workflow', ...w.categories.map((c) => c.name)].join(' · '),
    title: w.title,
    description: w.shortDescription,
  });
}
