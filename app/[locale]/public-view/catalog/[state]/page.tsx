import type { Metadata } from 'next';
import { CatalogPageView, catalogMetadata } from '@/app/[locale]/(shop)/_views/catalog';
import { localeOf, pageLocale } from '@/i18n/page-locale';
import { decodeState } from '@/lib/http/page-variants';
import { parseCatalogSearch } from '@/lib/validations/catalog';

type Props = { params: Promise<{ locale: string; state: string }> };

export const generateStaticParams = () => [];
export const revalidate = 3600;

const stateOf = async (params: Props['params']) => parseCatalogSearch(decodeState((await params).state));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return catalogMetadata(await stateOf(params), await localeOf(params));
}

export default async function VisitorCatalogPage({ params }: Props) {
  await pageLocale(params);
  return <CatalogPageView state={await stateOf(params)} viewer={null} />;
}
