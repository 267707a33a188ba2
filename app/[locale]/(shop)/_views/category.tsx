import type { Metadata } from 'next';
import { CatalogView } from '@/components/catalog/catalog-view';
import { favoritedAmong } from '@/db/queries/favorites';
import type { SessionUser } from '@/server/auth/guards';
import { cachedAppOptions, cachedCategory, cachedSearch, dependsOn } from '@/server/catalog-cache';
import { cacheTags } from '@/lib/cache-tags';
import { NOT_FOUND_META } from '@/lib/http/page-status';
import { ogImageMeta, ogImagePath } from '@/lib/og/meta';
import { categoryCardText } from '@/lib/og/card-text';
import { getLocale, getTranslations } from 'next-intl/server';
import { localeAlternates } from '@/i18n/alternates';
import type { Locale } from '@/i18n/routing';
import { parseCatalogSearch, type RawSearchParams } from '@/lib/validations/catalog';
import { localizedCategory } from '@/lib/workflows/localized';

export async function categoryMetadata(slug: string, locale: Locale): Promise<Metadata> {
  const found = await cachedCategory(slug);
  const t = await getTranslations({ locale, namespace: 'catalog' });
  if (!found) return { title: t('pageNotFound'), robots: { index: false }, other: NOT_FOUND_META };
  const category = localizedCategory(found, locale);
  const title = t('categoryHeading', { name: category.name });
  const card = await categoryCardText(found, locale);
  return {
    title,
    description: category.description || t('categoryDescription', { name: category.name }),
    alternates: localeAlternates(locale, `/categories/${category.slug}`),
    openGraph: {
      title,
      url: `/categories/${category.slug}`,
      images: [ogImageMeta(ogImagePath.category(category.slug, locale), card.alt)],
    },
  };
}

/**
 * The catalog with this category chosen; its filter form continues on /workflows. Returns null for an
 * unknown category: each variant answers 404 its own way.
 */
export async function CategoryPageView({
  slug,
  query,
  viewer,
}: {
  slug: string;
  query: RawSearchParams;
  viewer: SessionUser | null;
}) {
  const found = await cachedCategory(slug);
  if (!found) return null;
  const category = localizedCategory(found, (await getLocale()) as Locale);
  const state = parseCatalogSearch({ ...query, category: slug });
  const [result, apps] = await Promise.all([
    cachedSearch({ ...state, qShortened: false }),
    cachedAppOptions(),
    dependsOn(cacheTags.category(category.id)),
  ]);
  // null for a visitor: the hearts are plain sign-in forms.
  const favoritedIds = viewer
    ? await favoritedAmong(
        viewer.id,
        result.items.map((w) => w.id),
      )
    : null;
  const path = `/categories/${category.slug}`;
  // Pages of this category stay on its own URL (the category is implied by the path).
  const stateForLinks = { ...state, category: [] };
  const t = await getTranslations('catalog');
  return (
    <CatalogView
      heading={t('categoryHeading', { name: category.name })}
      intro={category.description}
      state={state}
      result={result}
      apps={apps}
      compat={result.compatGroups ?? []}
      path={path}
      linkState={stateForLinks}
      favoritedIds={favoritedIds}
    />
  );
}
