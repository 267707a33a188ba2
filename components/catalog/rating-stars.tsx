/** Five stars filled to the average, with the number of reviews; screen readers hear one sentence. */
export function RatingStars({ value, count, size = 'sm' }: { value: number; count: number; size?: 'sm' | 'md' }) {
  const rounded = Math.round(value * 10) / 10;
  const label =
    count > 0
      ? `Rated ${rounded.toFixed(1)} out of 5 from ${count} ${count === 1 ? 'review' : 'reviews'}`
      : 'No reviews yet';
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
        {count > 0 ? `${rounded.toFixed(1)} (${count})` : 'No reviews yet'}
      </span>
    </p>
  );
}
