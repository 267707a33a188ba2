import type { Metadata } from 'next';
import { getCurrentUser } from '@/server/auth/guards';
import { parseCatalogSearch, type RawSearchParams } from '@/lib/validations/catalog';
import { CatalogPageView, catalogMetadata } from '../_views/catalog';

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return catalogMetadata(parseCatalogSearch(await searchParams));
}

export default async function CatalogPage({ searchParams }: Props) {
  const state = parseCatalogSearch(await searchParams);
  return <CatalogPageView state={state} viewer={await getCurrentUser()} />;
}
