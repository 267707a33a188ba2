import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import type { ReviewItem } from '@/db/queries/reviews';
import { formatShortDate } from '@/lib/format-date-time';
import { Stars } from './stars';

/** Visible reviews. The text is rendered as text: markup a user typed is shown, never run. */
export function ReviewList({ reviews }: { reviews: ReviewItem[] }) {
  const t = useTranslations('reviews');
  const locale = useLocale() as Locale;
  if (reviews.length === 0) {
    return <p className="text-sm text-muted">{t('none')}</p>;
  }
  return (
    <ol aria-label={t('heading')} className="divide-y divide-line">
      {reviews.map((review) => (
        <li key={review.id} className="py-4">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            <span className="font-medium text-ink">{review.authorName}</span>
            <span className="rounded-full bg-green-50 px-2 py-0.5 text-xs font-medium text-success">
              {t('verifiedBuyer')}
            </span>
            <Stars value={review.rating} />
            <time dateTime={review.createdAt.toISOString()} className="text-muted">
              {formatShortDate(review.createdAt, locale)}
            </time>
            {review.edited ? <span className="text-muted">{t('edited')}</span> : null}
          </div>
          <p className="mt-2 whitespace-pre-line break-words text-sm text-ink">{review.content}</p>
        </li>
      ))}
    </ol>
  );
}
