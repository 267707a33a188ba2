import { useLocale, useTranslations } from 'next-intl';

/** Five stars filled to the average, with the number of reviews; screen readers hear one sentence. */
export function RatingStars({ value, count, size = 'sm' }: { value: number; count: number; size?: 'sm' | 'md' }) {
  const t = useTranslations('catalog');
  const locale = useLocale();
  const rounded = (Math.round(value * 10) / 10).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const label = count > 0 ? t('rated', { rating: rounded, count }) : t('noReviews');
  const width = `${Math.round(Math.max(0, Math.min(5, value)) * 200) / 10}%`;
  return (
    <p className={size === 'md' ? 'flex items-center gap-2 text-base' : 'flex items-center gap-1.5 text-sm'}>
      <span className="sr-only">{label}</span>
      <span aria-hidden="true" className="stars">
        ★★★★★
        <span className="stars-fill" style={{ width }}>
          ★★★★★
        </span>
      </span>
      <span aria-hidden="true" className="text-muted">
        {count > 0 ? `${rounded} (${count})` : t('noReviews')}
      </span>
    </p>
  );
}
