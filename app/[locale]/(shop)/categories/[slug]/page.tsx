import { localeOf, pageLocale } from '@/i18n/page-locale';
import type { Metadata } from 'next';
import { PageNotFound } from '@/components/layout/page-not-found';
import { getCurrentUser } from '@/server/auth/guards';
import { respondNotFound } from '@/server/http-status';
import type { RawSearchParams } from '@/lib/validations/catalog';
import { CategoryPageView, categoryMetadata } from '../../_views/category';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return categoryMetadata((await params).slug, await localeOf(params));
}

export default async function CategoryPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const [{ slug }, query, viewer] = await Promise.all([params, searchParams, getCurrentUser()]);
  const page = await CategoryPageView({ slug, query, viewer });
  if (page) return page;
  // Rendered here, not thrown: a thrown notFound() leaves the HTML empty (server/http-status.ts).
  respondNotFound();
  return <PageNotFound />;
}
