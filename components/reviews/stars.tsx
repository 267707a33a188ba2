import { useTranslations } from 'next-intl';
import { cn } from '@/lib/cn';

/** Five stars, `value` of them filled (rounded to the nearest whole star); one accessible sentence. */
export function Stars({ value, className }: { value: number; className?: string }) {
  const t = useTranslations('reviews');
  const filled = Math.round(value);
  const label = Number.isInteger(value) ? String(value) : value.toFixed(1);
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
