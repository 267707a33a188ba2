import { useLocale, useTranslations } from 'next-intl';

/**
 * One formatter per language for the whole process: `toLocaleString(locale, options)` builds a new
 * Intl.NumberFormat on every call, and a catalog page draws 12 cards per request (≈ 2 ms of a signed-in
 * catalog request in the CPU profile: BENCHMARKS.md, issue 20).
 */
const ratingFormats = new Map<string, Intl.NumberFormat>();

function formatAverage(value: number, locale: string): string {
  const tag = locale === 'vi' ? 'vi-VN' : 'en-US';
  let format = ratingFormats.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    ratingFormats.set(tag, format);
  }
  return format.format(Math.round(value * 10) / 10);
}

/** Five stars filled to the average, with the number of reviews; screen readers hear one sentence. */
export function RatingStars({ value, count, size = 'sm' }: { value: number; count: number; size?: 'sm' | 'md' }) {
  const t = useTranslations('catalog');
  const locale = useLocale();
  const rounded = formatAverage(value, locale);
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
