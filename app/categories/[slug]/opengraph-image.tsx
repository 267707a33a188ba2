import { cachedCategory, dependsOn } from '@/server/catalog-cache';
import { ogImage } from '@/server/og-image';
import { cacheTags } from '@/lib/cache-tags';
import { OG_CONTENT_TYPE, OG_SIZE } from '@/lib/og/meta';

// A category's card: generated on its first request, kept (ISR) and tagged with the category.
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const alt = 'Category preview';
export const generateStaticParams = () => [];
export const revalidate = 3600;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const category = await cachedCategory((await params).slug);
  if (!category) return new Response('Not found', { status: 404 });
  await dependsOn(cacheTags.category(category.id));
  return ogImage({
    eyebrow: 'Workflow category',
    title: `${category.name} workflows`,
    description: category.description || undefined,
  });
}
