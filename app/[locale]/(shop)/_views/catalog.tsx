import type { Metadata } from 'next';
import { CatalogView } from '@/components/catalog/catalog-view';
import { favoritedAmong } from '@/db/queries/favorites';
import type { SessionUser } from '@/server/auth/guards';
import { cachedAppOptions, cachedCompatGroups, cachedSearch } from '@/server/catalog-cache';
import { ogImageMeta, ogImagePath } from '@/lib/og/meta';
import { homeCardText } from '@/lib/og/card-text';
import { getTranslations } from 'next-intl/server';
import { localeAlternates } from '@/i18n/alternates';
import type { Locale } from '@/i18n/routing';
import { catalogHref, type CatalogSearch } from '@/lib/validations/catalog';

export async function catalogMetadata(state: CatalogSearch, locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'catalog' });
  const title = state.q ? t('searchTitle', { q: state.q }) : t('allWorkflows');
  // The catalog shares the home page's card (its alt describes that picture, not the page).
  const card = await homeCardText(locale);
  return {
    title,
    description: t('metaDescription'),
    alternates: localeAlternates(locale, catalogHref({ ...state, page: state.page })),
    openGraph: { title, url: catalogHref(state), images: [ogImageMeta(ogImagePath.home(locale), card.alt)] },
  };
}

/** The catalog for one parsed URL state; `viewer` is null in the anonymous variant. */
export async function CatalogPageView({ state, viewer }: { state: CatalogSearch; viewer: SessionUser | null }) {
  const [result, apps, compat] = await Promise.all([
    cachedSearch({ ...state, qShortened: false }),
    cachedAppOptions(),
    cachedCompatGroups(),
  ]);
  // null for a visitor: the hearts are plain sign-in forms.
  const favoritedIds = viewer
    ? await favoritedAmong(
        viewer.id,
        result.items.map((w) => w.id),
      )
    : null;
  const t = await getTranslations('catalog');
  return (
    <CatalogView
      heading={state.q ? t('resultsFor', { q: state.q }) : t('allWorkflows')}
      state={state}
      result={result}
      apps={apps}
      compat={result.compatGroups ?? compat}
      favoritedIds={favoritedIds}
    />
  );
}
