import type { Metadata } from 'next';
import { CatalogView } from '@/components/catalog/catalog-view';
import { cachedAppOptions, cachedSearch } from '@/lib/catalog-cache';
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
  const [result, apps] = await Promise.all([cachedSearch(state), cachedAppOptions()]);
  return <CatalogView heading={state.q ? `Results for “${state.q}”` : 'All workflows'} state={state} result={result} apps={apps} />;
}
