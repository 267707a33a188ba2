/**
 * The Open Graph images' size and their entries in page metadata. Pure: the page metadata
 * (app/(shop)/_views) and the image renderer (server/og-image.tsx) share it.
 */
export const OG_SIZE = { width: 1200, height: 630 } as const;
export const OG_CONTENT_TYPE = 'image/png';

/** The image URLs of the `opengraph-image.tsx` routes of app/(shop). */
export const ogImagePath = {
  home: '/opengraph-image',
  category: (slug: string) => `/categories/${slug}/opengraph-image`,
  workflow: (slug: string) => `/workflows/${slug}/opengraph-image`,
};

/**
 * An `openGraph.images` entry. The personal variant also gets the same route from Next's file convention
 * (which then wins, with a build hash in its query); the anonymous variant (app/public-view) only has this.
 */
export function ogImageMeta(url: string, alt: string) {
  return { url, alt, type: OG_CONTENT_TYPE, ...OG_SIZE };
}
