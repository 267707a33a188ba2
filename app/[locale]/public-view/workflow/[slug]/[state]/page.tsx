import type { Metadata } from 'next';
import { WorkflowPageView, workflowMetadata } from '@/app/[locale]/(shop)/_views/workflow';
import { WorkflowNotFound } from '@/components/workflow/workflow-not-found';
import { localeOf, pageLocale } from '@/i18n/page-locale';
import { decodeState } from '@/lib/http/page-variants';
import { reviewsQuerySchema } from '@/lib/validations/reviews';

type Props = { params: Promise<{ locale: string; slug: string; state: string }> };

export const generateStaticParams = () => [];
export const revalidate = 3600;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return workflowMetadata((await params).slug, await localeOf(params));
}

export default async function VisitorWorkflowPage({ params }: Props) {
  await pageLocale(params);
  const { slug, state } = await params;
  const reviewsQuery = reviewsQuerySchema.parse(decodeState(state));
  // Rendered, not thrown (lib/http/page-status.ts): the 404 page needs no JavaScript.
  return (await WorkflowPageView({ slug, reviewsQuery, user: null })) ?? <WorkflowNotFound />;
}
