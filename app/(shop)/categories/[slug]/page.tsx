import type { Metadata } from 'next';
import { cache } from 'react';
import { CatalogView } from '@/components/catalog/catalog-view';
import { favoritedAmong } from '@/db/queries/favorites';
import { getCurrentUser } from '@/server/auth/guards';
import { respondNotFound } from '@/server/http-status';
import { getCategoryBySlug } from '@/db/queries/catalog/categories';
import { cachedAppOptions, cachedSearch } from '@/server/catalog-cache';
import { parseCatalogSearch, type RawSearchParams } from '@/lib/validations/catalog';
import NotFound from '@/app/not-found';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawSearchParams> };

const loadCategory = cache(getCategoryBySlug);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await loadCategory((await params).slug);
  if (!category) return { title: 'Page not found', robots: { index: false } };
  const title = `${category.name} workflows`;
  return {
    title,
    description: category.description || `n8n workflows for ${category.name}.`,
    alternates: { canonical: `/categories/${category.slug}` },
    openGraph: { title, url: `/categories/${category.slug}`, images: ['/logo.svg'] },
  };
}

/** The catalog with this category chosen; its filter form continues on /workflows. */
export default async function CategoryPage({ params, searchParams }: Props) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const category = await loadCategory(slug);
  if (!category) {
    // Rendered here, not thrown: a thrown notFound() leaves the HTML empty (server/http-status.ts).
    respondNotFound();
    return <NotFound />;
  }
  const state = parseCatalogSearch({ ...raw, category: slug });
  const [result, apps, user] = await Promise.all([cachedSearch(state), cachedAppOptions(), getCurrentUser()]);
  const favoritedIds = await favoritedAmong(
    user?.id ?? null,
    result.items.map((w) => w.id),
  );
  const path = `/categories/${category.slug}`;
  // Pages of this category stay on its own URL (the category is implied by the path).
  const stateForLinks = { ...state, category: [] };
  return (
    <CatalogView
      heading={`${category.name} workflows`}
      intro={category.description}
      state={state}
      result={result}
      apps={apps}
      path={path}
      linkState={stateForLinks}
      favoritedIds={favoritedIds}
    />
  );
}
