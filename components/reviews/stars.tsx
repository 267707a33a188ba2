import { cn } from '@/lib/cn';

/** "4.35" → "4.4": rounded in hundredths (integers), so no float artefacts. */
export function formatRating(average: string): string {
  const [whole = '0', frac = ''] = average.trim().split('.');
  const hundredths = Number(whole) * 100 + Number((frac + '00').slice(0, 2));
  return (Math.round(hundredths / 10) / 10).toFixed(1);
}

/** Five stars, `value` of them filled (rounded to the nearest whole star); one accessible sentence. */
export function Stars({ value, className }: { value: number; className?: string }) {
  const filled = Math.round(value);
  const label = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return (
    <span role="img" aria-label={`${label} out of 5 stars`} className={cn('inline-flex text-amber-500', className)}>
      {[1, 2, 3, 4, 5].map((n) => (
        <span key={n} aria-hidden="true" className={n <= filled ? undefined : 'text-line'}>
          ★
        </span>
      ))}
    </span>
  );
}
