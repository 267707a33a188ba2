import { useLocale, useTranslations } from 'next-intl';
import type { RatingSummary as Summary } from '@/db/queries/reviews';
import type { FormatLocale } from '@/lib/format-date-time';
import { formatRating } from '@/lib/rating';
import { Stars } from './stars';

/** The average, the count and a 5-to-1 bar chart of the visible reviews (plain HTML, no script). */
export function RatingSummary({ summary }: { summary: Summary }) {
  const t = useTranslations('reviews');
  const locale = useLocale() as FormatLocale;
  const total = summary.distribution.reduce((n, d) => n + d.count, 0);
  return (
    <div className="space-y-4">
      <div>
        <p className="flex items-baseline gap-2">
          <span data-testid="rating-average" className="text-4xl font-semibold">
            {formatRating(summary.average, locale)}
          </span>
          <span className="text-muted">{t('outOf5')}</span>
        </p>
        <Stars value={Number(summary.average)} className="text-xl" />
        <p data-testid="review-count" className="text-sm text-muted">
          {t('count', { count: summary.count })}
        </p>
      </div>
      <ul aria-label={t('distribution')} className="space-y-1.5">
        {summary.distribution.map(({ rating, count }) => {
          const percent = total > 0 ? Math.round((count / total) * 100) : 0;
          return (
            <li key={rating} data-rating={rating} data-count={count} className="flex items-center gap-2 text-sm">
              <span className="w-14 shrink-0">{t('stars', { n: rating })}</span>
              <span aria-hidden="true" className="h-2.5 flex-1 overflow-hidden rounded-full bg-canvas ring-1 ring-line">
                <span className="block h-full rounded-full bg-amber-400" style={{ width: `${percent}%` }} />
              </span>
              <span className="w-20 shrink-0 text-right text-muted">
                {count}
                <span className="sr-only"> {t('reviewsWord', { count })}</span> ({percent}%)
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
