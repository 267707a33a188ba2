import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { Link } from '@/i18n/navigation';
import { FilterForm } from '@/components/admin/filter-form';
import { ToggleButton } from '@/components/admin/page-parts';
import { Pager } from '@/components/admin/pager';
import { StatusBadge } from '@/components/admin/status-badge';
import { listLatestReviews } from '@/db/queries/admin/reviews';
import { formatDateTime } from '@/lib/format-date-time';
import { setReviewHiddenAction } from '@/actions/admin/reviews';
import { adminList } from '@/server/pages';
import type { SearchParams } from '@/lib/validations/admin/common';
import { reviewListFilters } from '@/lib/validations/admin/reviews';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'admin' });
  return { title: t('reviews.title') };
}

export default async function AdminReviewsPage({
  params: routeParams,
  searchParams,
}: {
  params: LocaleParams;
  searchParams: Promise<SearchParams>;
}) {
  const locale = await pageLocale(routeParams);
  const { params, result } = await adminList(searchParams, reviewListFilters, listLatestReviews);
  const t = await getTranslations('admin');
  return (
    <>
      <h1 className="text-2xl font-semibold">{t('reviews.title')}</h1>
      <FilterForm list="reviews" filters={reviewListFilters} values={params} />
      <p className="mt-4 text-sm text-muted">{t('reviews.count', { count: result.total })}</p>
      {result.rows.length === 0 ? <p className="mt-4 text-sm text-muted">{t('reviews.empty')}</p> : null}
      <ul className="mt-2 space-y-3">
        {result.rows.map((r) => (
          <li key={r.id}>
            <article
              aria-label={t('reviews.label', { author: r.authorName, workflow: r.workflowTitle })}
              className="rounded-xl border border-line bg-surface p-4"
            >
              <header className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="text-sm">
                  <span className="font-medium">{r.authorName}</span>{' '}
                  <span className="text-muted">({r.authorEmail})</span> {t('reviews.on')}{' '}
                  <Link href={`/workflows/${r.workflowSlug}`} className="text-brand-600 underline underline-offset-2">
                    {r.workflowTitle}
                  </Link>
                </p>
                {r.hidden ? (
                  <StatusBadge tone="bad">{t('reviews.hidden')}</StatusBadge>
                ) : (
                  <StatusBadge tone="good">{t('reviews.visible')}</StatusBadge>
                )}
              </header>
              <p className="mt-1 text-sm">
                <span aria-hidden="true" className="text-warning">
                  {'★'.repeat(r.rating)}
                  {'☆'.repeat(5 - r.rating)}
                </span>
                <span className="sr-only">{t('reviews.stars', { rating: r.rating })}</span>
                <span className="ml-2 text-muted">{formatDateTime(r.createdAt, locale)}</span>
              </p>
              <p className="mt-2 whitespace-pre-line text-sm">{r.content}</p>
              <div className="mt-3">
                <ToggleButton
                  action={setReviewHiddenAction}
                  fields={{ reviewId: r.id }}
                  flag="hidden"
                  on={r.hidden}
                  turnOn={t('reviews.hide')}
                  turnOff={t('reviews.unhide')}
                  danger
                />
              </div>
            </article>
          </li>
        ))}
      </ul>
      <Pager
        path="/admin/reviews"
        params={reviewListFilters.query(params)}
        page={result.page}
        pageCount={result.pageCount}
      />
    </>
  );
}
