import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';

/** "Previous" / "Next" links in a navigation named "Pagination" (UI-CONTRACT.md). */
export function SimplePagination({ basePath, page, pageCount }: { basePath: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (p: number) => (p === 1 ? basePath : `${basePath}?page=${p}`);
  return (
    <nav aria-label="Pagination" className="mt-6 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} className={buttonClass('secondary')} rel="prev">
          Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-muted">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className={buttonClass('secondary')} rel="next">
          Next
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
