import { useLocale, useTranslations } from 'next-intl';
import { cn } from '@/lib/cn';
import type { FormatLocale } from '@/lib/format-date-time';
import { formatStars } from '@/lib/rating';

/** Five stars, `value` of them filled (rounded to the nearest whole star); one accessible sentence. */
export function Stars({ value, className }: { value: number; className?: string }) {
  const t = useTranslations('reviews');
  const filled = Math.round(value);
  const label = formatStars(value, useLocale() as FormatLocale);
  return (
    <span
      role="img"
      aria-label={t('starsLabel', { value: label })}
      className={cn('inline-flex text-amber-500', className)}
    >
      {[1, 2, 3, 4, 5].map((n) => (
        <span key={n} aria-hidden="true" className={n <= filled ? undefined : 'text-line'}>
          ★
        </span>
      ))}
    </span>
  );
}
