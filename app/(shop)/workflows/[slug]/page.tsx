// TEMPORARY (feat/engage): a minimal workflow page to mount FavoriteButton and ReviewsSection until
// feat/catalog's real page lands. The lead discards this file at merge.
import { notFound } from 'next/navigation';
import { FavoriteButton } from '@/components/favorites/favorite-button';
import { ReviewsSection } from '@/components/reviews/reviews-section';
import { getWorkflowStubBySlug } from '@/db/queries/engage-stub';
import { isFavorite } from '@/db/queries/favorites';
import { getReviewsSection } from '@/db/queries/reviews';
import { getCurrentUser } from '@/lib/auth/guards';
import { formatMoney } from '@/lib/money';
import { REVIEWS_PAGE_SIZE, reviewsQuerySchema } from '@/lib/validations/reviews';

export default async function WorkflowPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const workflow = await getWorkflowStubBySlug(slug);
  if (!workflow) notFound();
  const user = await getCurrentUser();
  const query = reviewsQuerySchema.parse(await searchParams);
  const [favorited, reviews] = await Promise.all([
    user ? isFavorite(user.id, workflow.id) : false,
    getReviewsSection({
      workflowId: workflow.id,
      viewerId: user?.id ?? null,
      sort: query.reviewsSort,
      page: query.reviewsPage,
      pageSize: REVIEWS_PAGE_SIZE,
    }),
  ]);
  if (!reviews) notFound();
  return (
    <div className="mx-auto w-full max-w-5xl space-y-10 px-4 py-10">
      <div className="space-y-3">
        <h1 className="text-3xl font-semibold">{workflow.title}</h1>
        <p className="text-xl font-semibold">{formatMoney(workflow.price)}</p>
        <FavoriteButton workflowId={workflow.id} favorited={favorited} />
      </div>
      <ReviewsSection data={reviews} basePath={`/workflows/${workflow.slug}`} />
    </div>
  );
}
