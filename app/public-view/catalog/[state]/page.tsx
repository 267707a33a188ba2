import type { Metadata } from 'next';
import { CatalogPageView, catalogMetadata } from '@/app/(shop)/_views/catalog';
import { decodeState } from '@/lib/http/page-variants';
import { parseCatalogSearch } from '@/lib/validations/catalog';

type Props = { params: Promise<{ state: string }> };

export const generateStaticParams = () => [];
export const revalidate = 3600;

const stateOf = async (params: Props['params']) => parseCatalogSearch(decodeState((await params).state));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return catalogMetadata(await stateOf(params));
}

export default async function VisitorCatalogPage({ params }: Props) {
  return <CatalogPageView state={await stateOf(params)} viewer={null} />;
}
