import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import type { Metadata } from 'next';
import { getCurrentUser } from '@/server/auth/guards';
import { parseCatalogSearch, type RawSearchParams } from '@/lib/validations/catalog';
import { CatalogPageView, catalogMetadata } from '../_views/catalog';

type Props = { params: LocaleParams; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return catalogMetadata(parseCatalogSearch(await searchParams), await localeOf(params));
}

export default async function CatalogPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const state = parseCatalogSearch(await searchParams);
  return <CatalogPageView state={state} viewer={await getCurrentUser()} />;
}
