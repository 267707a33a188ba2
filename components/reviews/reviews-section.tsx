import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { LazyClientMessages } from '@/components/i18n/lazy-client-messages';
import type { ReviewsSectionData } from '@/db/queries/reviews';
import { PrevNextNav } from '@/components/ui/prev-next-nav';
import { cn } from '@/lib/cn';
import type { ReviewSort } from '@/lib/validations/reviews';
import { OwnReview } from './own-review';
import { LazyReviewForm } from './lazy-forms';
import { RatingSummary } from './rating-summary';
import { ReviewList } from './review-list';

type Props = {
  data: ReviewsSectionData;
  /** The workflow page's path, e.g. "/workflows/slack-alerts": sort and page links keep to it. */
  basePath: string;
};

const SORT_LABELS: Record<ReviewSort, string> = {
  newest: 'sortNewest',
  highest: 'sortHighest',
  lowest: 'sortLowest',
};

/** `?reviewsSort=…&reviewsPage=…#reviews`, leaving out the defaults. */
export function reviewsHref(basePath: string, sort: ReviewSort, page: number): string {
  const params = new URLSearchParams();
  if (sort !== 'newest') params.set('reviewsSort', sort);
  if (page > 1) params.set('reviewsPage', String(page));
  const query = params.toString();
  return `${basePath}${query ? `?${query}` : ''}#reviews`;
}

function ViewerArea({ data, basePath }: Props) {
  const t = useTranslations('reviews');
  const locale = useLocale() as Locale;
  const { viewer } = data;
  if (viewer.kind === 'anonymous') {
    const login = `/login?callbackUrl=${encodeURIComponent(`${basePath}#reviews`)}`;
    return (
      <p className="text-sm text-muted">
        {t('signInToReview')}{' '}
        <Link href={login} className="font-medium text-brand-600 hover:underline">
          {t('goToSignIn')}
        </Link>
      </p>
    );
  }
  if (viewer.kind === 'not_buyer') return <p className="text-sm text-muted">{t('buyToReview')}</p>;
  if (viewer.ownReview) return <OwnReview review={viewer.ownReview} />;
  return (
    <div className="space-y-2">
      <h3 className="font-medium">{t('writeReview')}</h3>
      <LazyClientMessages locale={locale} namespaces={['reviews', 'validation']}>
        <LazyReviewForm mode="create" workflowId={data.workflowId} />
      </LazyClientMessages>
    </div>
  );
}

/** The workflow page's reviews: summary and chart, the viewer's form or why not, sorted and paged list. */
export function ReviewsSection({ data, basePath }: Props) {
  const t = useTranslations('reviews');
  return (
    <section id="reviews" aria-labelledby="reviews-heading" className="space-y-6">
      <h2 id="reviews-heading" className="text-xl font-semibold">
        {t('heading')}
      </h2>
      <div className="grid gap-8 md:grid-cols-[18rem_1fr]">
        <RatingSummary summary={data.summary} />
        <ViewerArea data={data} basePath={basePath} />
      </div>
      {data.summary.count > 0 ? (
        <nav aria-label={t('sortLabel')} className="flex flex-wrap gap-2 text-sm">
          {(Object.keys(SORT_LABELS) as ReviewSort[]).map((sort) => (
            <Link
              key={sort}
              href={reviewsHref(basePath, sort, 1)}
              aria-current={sort === data.sort ? 'true' : undefined}
              className={cn(
                'rounded-full border px-3 py-1',
                sort === data.sort ? 'border-brand-600 bg-brand-600 text-white' : 'border-line hover:bg-canvas',
              )}
            >
              {t(SORT_LABELS[sort])}
            </Link>
          ))}
        </nav>
      ) : null}
      <ReviewList reviews={data.reviews} />
      <PrevNextNav
        label={t('pagination')}
        page={data.page}
        pageCount={data.pageCount}
        hrefFor={(page) => reviewsHref(basePath, data.sort, page)}
      />
    </section>
  );
}
