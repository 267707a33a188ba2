/**
 * The Open Graph images' size and their entries in page metadata. Pure: the page metadata
 * (app/(shop)/_views) and the image renderer (server/og-image.tsx) share it.
 */
export const OG_SIZE = { width: 1200, height: 630 } as const;
export const OG_CONTENT_TYPE = 'image/png';

/**
 * The image URLs of the `opengraph-image.tsx` routes: app/og (home, catalog), app/workflows/[slug],
 * app/categories/[slug]. They sit outside the (shop) route group on purpose: no page lives beside them,
 * so Next adds them to no page by itself (in a group it would also suffix their URL with a hash), and
 * both page variants name the same URL in their metadata.
 */
export const ogImagePath = {
  home: '/og/opengraph-image',
  category: (slug: string) => `/categories/${slug}/opengraph-image`,
  workflow: (slug: string) => `/workflows/${slug}/opengraph-image`,
};

/** An `openGraph.images` entry, the same in the personal and the anonymous (app/public-view) variant. */
export function ogImageMeta(url: string, alt: string) {
  return { url, alt, type: OG_CONTENT_TYPE, ...OG_SIZE };
}
