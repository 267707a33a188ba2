import type { Metadata } from 'next';
import { CatalogView } from '@/components/catalog/catalog-view';
import { favoritedAmong } from '@/db/queries/favorites';
import { getCurrentUser } from '@/server/auth/guards';
import { cachedAppOptions, cachedSearch } from '@/server/catalog-cache';
import { catalogHref, parseCatalogSearch, type RawSearchParams } from '@/lib/validations/catalog';

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const state = parseCatalogSearch(await searchParams);
  const title = state.q ? `“${state.q}” workflows` : 'All workflows';
  return {
    title,
    description: 'Search ready-to-import n8n automation workflows by app, category, price and rating.',
    alternates: { canonical: catalogHref({ ...state, page: state.page }) },
    openGraph: { title, url: catalogHref(state), images: ['/logo.svg'] },
  };
}

export default async function CatalogPage({ searchParams }: Props) {
  const state = parseCatalogSearch(await searchParams);
  const [result, apps, user] = await Promise.all([cachedSearch(state), cachedAppOptions(), getCurrentUser()]);
  const favoritedIds = await favoritedAmong(
    user?.id ?? null,
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
