import { Link } from '@/i18n/navigation';
import { buttonClass } from '@/components/ui/button';

/** "Previous" / "Next" links and the position; hrefs come from the page so every state stays in the URL. */
export function Pagination({
  page,
  totalPages,
  hrefFor,
}: {
  page: number;
  totalPages: number;
  hrefFor: (page: number) => string;
}) {
  if (totalPages <= 1 && page <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-8 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={hrefFor(Math.min(page - 1, totalPages))} className={buttonClass('secondary')} rel="prev">
          Previous
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-muted">
        Page {page} of {totalPages}
      </p>
      {page < totalPages ? (
        <Link href={hrefFor(page + 1)} className={buttonClass('secondary')} rel="next">
          Next
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
