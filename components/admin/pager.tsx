import Link from 'next/link';

/** Previous / Next links that keep the list's other URL parameters. */
export function Pager({
  path,
  params,
  page,
  pageCount,
}: {
  path: string;
  params: Record<string, string>;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const href = (p: number) => {
    const search = new URLSearchParams({ ...params, ...(p > 1 ? { page: String(p) } : {}) });
    for (const [key, value] of [...search.entries()]) if (!value) search.delete(key);
    const qs = search.toString();
    return qs ? `${path}?${qs}` : path;
  };
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="text-brand-600 hover:underline">
          Previous
        </Link>
      ) : null}
      <span className="text-muted">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className="text-brand-600 hover:underline">
          Next
        </Link>
      ) : null}
    </nav>
  );
}
