import 'server-only';
import { cachedCategory, cachedWorkflow, dependsOn } from '@/server/catalog-cache';
import { ogImage } from '@/server/og-image';
import { cacheTags } from '@/lib/cache-tags';
import { categoryCardText, homeCardText, workflowCardText } from '@/lib/og/card-text';
import type { Locale } from '@/i18n/routing';

/**
 * The Open Graph cards as PNG responses, one per language (lib/og/meta.ts names their URLs): the
 * `opengraph-image.tsx` routes of each language call these. A workflow's or category's card is tagged
 * like its page (cacheTags.workflow / .category, and `catalog` through the cached read), the same tags in
 * every language, so the write that changes it (server/cache/invalidate.ts: workflowChanged,
 * categoryChanged) expires the cards of all languages at once.
 */

const notFound = () => new Response('Not found', { status: 404 });

export async function homeCard(locale: Locale) {
  return ogImage(await homeCardText(locale));
}

export async function workflowCard(slug: string, locale: Locale) {
  const w = await cachedWorkflow(slug);
  if (!w) return notFound();
  await dependsOn(cacheTags.workflow(w.id));
  return ogImage(await workflowCardText(w, locale));
}

export async function categoryCard(slug: string, locale: Locale) {
  const category = await cachedCategory(slug);
  if (!category) return notFound();
  await dependsOn(cacheTags.category(category.id));
  return ogImage(await categoryCardText(category, locale));
}

/** An app/og/[locale] route for a language without cards there (English's keep their own URLs). */
export const unknownCardLanguage = notFound;
