import { routing, type Locale } from '@/i18n/routing';

/**
 * The Open Graph images' size and their entries in page metadata. Pure: the page metadata
 * (app/(shop)/_views) and the image renderer (server/og-image.tsx) share it.
 */
export const OG_SIZE = { width: 1200, height: 630 } as const;
export const OG_CONTENT_TYPE = 'image/png';

/** Where a language's cards live: English at the paths it always had, another language under /og/<locale>. */
const prefix = (locale: Locale) => (locale === routing.defaultLocale ? '' : `/og/${locale}`);

/**
 * The image URLs of the `opengraph-image.tsx` routes, one card per language (issue 14): English in app/og
 * (home, catalog), app/workflows/[slug] and app/categories/[slug]; the other languages in
 * app/og/[locale]/{,workflows/[slug]/,categories/[slug]/}. They sit outside the (shop) route group and
 * app/[locale] on purpose: no page lives beside them, so Next adds them to no page by itself (in a group
 * it would also suffix their URL with a hash), and both page variants name the same URL in their metadata.
 * proxy.ts leaves them out of the language routing (they start with /og/ or end in /opengraph-image).
 */
export const ogImagePath = {
  home: (locale: Locale) =>
    locale === routing.defaultLocale ? '/og/opengraph-image' : `/og/${locale}/opengraph-image`,
  category: (slug: string, locale: Locale) => `${prefix(locale)}/categories/${slug}/opengraph-image`,
  workflow: (slug: string, locale: Locale) => `${prefix(locale)}/workflows/${slug}/opengraph-image`,
};

/**
 * The language of an app/og/[locale] card route: one of the shop's languages other than English (whose
 * cards keep their own URLs), or null (the route answers 404, so no card has two URLs).
 */
export function ogCardLocale(param: string): Locale | null {
  return routing.locales.find((l) => l === param && l !== routing.defaultLocale) ?? null;
}

/** The languages with an app/og/[locale] route (its generateStaticParams). */
export const OG_PREFIXED_LOCALES = routing.locales.filter((l) => l !== routing.defaultLocale);

/** An `openGraph.images` entry, the same in the personal and the anonymous (app/public-view) variant. */
export function ogImageMeta(url: string, alt: string) {
  return { url, alt, type: OG_CONTENT_TYPE, ...OG_SIZE };
}
