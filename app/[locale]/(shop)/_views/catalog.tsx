import type { Metadata } from 'next';
import { CatalogView } from '@/components/catalog/catalog-view';
import { favoritedAmong } from '@/db/queries/favorites';
import type { SessionUser } from '@/server/auth/guards';
import { cachedAppOptions, cachedSearch } from '@/server/catalog-cache';
import { ogImageMeta, ogImagePath } from '@/lib/og/meta';
import { localeAlternates } from '@/i18n/alternates';
import type { Locale } from '@/i18n/routing';
import { catalogHref, type CatalogSearch } from '@/lib/validations/catalog';

export function catalogMetadata(state: CatalogSearch, locale: Locale): Metadata {
  const title = state.q ? `“${state.q}” workflows` : 'All workflows';
  return {
    title,
    description: 'Search ready-to-import n8n automation workflows by app, category, price and rating.',
    alternates: localeAlternates(locale, catalogHref({ ...state, page: state.page })),
    openGraph: { title, url: catalogHref(state), images: [ogImageMeta(ogImagePath.home, title)] },
  };
}

/** The catalog for one parsed URL state; `viewer` is null in the anonymous variant. */
export async function CatalogPageView({ state, viewer }: { state: CatalogSearch; viewer: SessionUser | null }) {
  const [result, apps] = await Promise.all([cachedSearch(state), cachedAppOptions()]);
  const favoritedIds = await favoritedAmong(
    viewer?.id ?? null,
    result.items.map((w) => w.id),
  );
  return (
    <CatalogView
      heading={state.q ? `Results for “${state.q}”` : 'All workflows'}
      state={state}
      result={result}
      apps={apps}
      favoritedIds={favoritedIds}
    />
  );
}
