import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { WorkflowPageView, workflowMetadata } from '@/app/(shop)/_views/workflow';
import { decodeState } from '@/lib/http/page-variants';
import { reviewsQuerySchema } from '@/lib/validations/reviews';

type Props = { params: Promise<{ slug: string; state: string }> };

export const generateStaticParams = () => [];
export const revalidate = 3600;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return workflowMetadata((await params).slug);
}

export default async function VisitorWorkflowPage({ params }: Props) {
  const { slug, state } = await params;
  const reviewsQuery = reviewsQuerySchema.parse(decodeState(state));
  return (await WorkflowPageView({ slug, reviewsQuery, user: null })) ?? notFound();
}
