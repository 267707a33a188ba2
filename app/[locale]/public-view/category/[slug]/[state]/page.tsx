import type { Metadata } from 'next';
import { CategoryPageView, categoryMetadata } from '@/app/[locale]/(shop)/_views/category';
import { PageNotFound } from '@/components/layout/page-not-found';
import { localeOf, pageLocale } from '@/i18n/page-locale';
import { decodeState } from '@/lib/http/page-variants';

type Props = { params: Promise<{ locale: string; slug: string; state: string }> };

export const generateStaticParams = () => [];
export const revalidate = 3600;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return categoryMetadata((await params).slug, await localeOf(params));
}

export default async function VisitorCategoryPage({ params }: Props) {
  await pageLocale(params);
  const { slug, state } = await params;
  // Rendered, not thrown (lib/http/page-status.ts): the 404 page needs no JavaScript.
  return (await CategoryPageView({ slug, query: decodeState(state), viewer: null })) ?? <PageNotFound />;
}
