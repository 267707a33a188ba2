import { useLocale, useTranslations } from 'next-intl';
import type { OwnReview as Own } from '@/db/queries/reviews';
import type { Locale } from '@/i18n/routing';
import { LazyClientMessages } from '@/components/i18n/lazy-client-messages';
import { LazyDeleteReviewButton, LazyReviewForm } from './lazy-forms';
import { Stars } from './stars';

/** The viewer's own review with "Edit review" (a disclosure, works without JavaScript) and "Delete review". */
export function OwnReview({ review }: { review: Own }) {
  const t = useTranslations('reviews');
  const locale = useLocale() as Locale;
  return (
    <div className="space-y-3 rounded-xl border border-line bg-canvas p-4">
      <h3 className="font-medium">{t('youReviewed')}</h3>
      {review.hidden ? <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800">{t('hidden')}</p> : null}
      <Stars value={review.rating} />
      <p className="whitespace-pre-line break-words text-sm">{review.content}</p>
      <details className="group">
        <summary className="cursor-pointer text-sm font-medium text-brand-600">{t('editReview')}</summary>
        <LazyClientMessages locale={locale} namespaces={['reviews', 'validation']}>
          <div className="mt-3">
            <LazyReviewForm mode="edit" reviewId={review.id} rating={review.rating} content={review.content} />
          </div>
        </LazyClientMessages>
      </details>
      <LazyClientMessages locale={locale} namespaces={['reviews', 'validation']}>
        <LazyDeleteReviewButton reviewId={review.id} />
      </LazyClientMessages>
    </div>
  );
}
