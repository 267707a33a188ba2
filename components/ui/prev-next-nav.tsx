import { Link } from '@/i18n/navigation';
import { cn } from '@/lib/cn';

type Props = {
  /** The navigation's accessible name, e.g. "Pagination" or "Reviews pagination". */
  label: string;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  className?: string;
};

const linkClass = 'rounded-lg border border-line bg-surface px-3 py-1.5 text-sm font-medium hover:bg-canvas';
/** Where there is no previous or next page: dashed and muted, but as legible as any text (WCAG AA contrast). */
const offClass = 'rounded-lg border border-dashed border-line px-3 py-1.5 text-sm text-muted';

/** "Previous · Page 2 of 5 · Next" as plain links (works without JavaScript); nothing for one page. */
export function PrevNextNav({ label, page, pageCount, hrefFor, className }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className={cn('flex items-center justify-between gap-3', className)}>
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          Previous
        </Link>
      ) : (
        <span aria-hidden="true" className={offClass}>
          Previous
        </span>
      )}
      <span className="text-sm text-muted">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          Next
        </Link>
      ) : (
        <span aria-hidden="true" className={offClass}>
          Next
        </span>
      )}
    </nav>
  );
}
