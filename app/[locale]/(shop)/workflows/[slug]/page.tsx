import { localeOf, pageLocale } from '@/i18n/page-locale';
import type { Metadata } from 'next';
import { WorkflowNotFound } from '@/components/workflow/workflow-not-found';
import { getCurrentUser } from '@/server/auth/guards';
import { respondNotFound } from '@/server/http-status';
import { reviewsQuerySchema } from '@/lib/validations/reviews';
import { WorkflowPageView, workflowMetadata } from '../../_views/workflow';

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return workflowMetadata((await params).slug, await localeOf(params));
}

export default async function WorkflowPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const [{ slug }, query, user] = await Promise.all([params, searchParams, getCurrentUser()]);
  const page = await WorkflowPageView({ slug, reviewsQuery: reviewsQuerySchema.parse(query), user });
  if (page) return page;
  // Rendered here, not thrown: a thrown notFound() leaves the HTML empty (server/http-status.ts).
  respondNotFound();
  return <WorkflowNotFound />;
}
