import type { ReviewItem } from '@/db/queries/reviews';
import { formatShortDate } from '@/lib/format-date-time';
import { Stars } from './stars';

/** Visible reviews. The text is rendered as text: markup a user typed is shown, never run. */
export function ReviewList({ reviews }: { reviews: ReviewItem[] }) {
  if (reviews.length === 0) {
    return <p className="text-sm text-muted">No reviews yet. Buyers of this workflow can write the first one.</p>;
  }
  return (
    <ol aria-label="Reviews" className="divide-y divide-line">
      {reviews.map((review) => (
        <li key={review.id} className="py-4">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            <span className="font-medium text-ink">{review.authorName}</span>
            <span className="rounded-full bg-green-50 px-2 py-0.5 text-xs font-medium text-success">
              Verified buyer
            </span>
            <Stars value={review.rating} />
            <time dateTime={review.createdAt.toISOString()} className="text-muted">
              {formatShortDate(review.createdAt)}
            </time>
            {review.edited ? <span className="text-muted">(edited)</span> : null}
          </div>
          <p className="mt-2 whitespace-pre-line break-words text-sm text-ink">{review.content}</p>
        </li>
      ))}
    </ol>
  );
}
