import { useTranslations } from 'next-intl';
import { PrevNextNav } from '@/components/ui/prev-next-nav';

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
  const t = useTranslations('admin');
  if (pageCount <= 1) return null;
  const href = (p: number) => {
    const search = new URLSearchParams({ ...params, ...(p > 1 ? { page: String(p) } : {}) });
    for (const [key, value] of [...search.entries()]) if (!value) search.delete(key);
    const qs = search.toString();
    return qs ? `${path}?${qs}` : path;
  };
  return (
    <PrevNextNav label={t('common.pagination')} className="mt-4" page={page} pageCount={pageCount} hrefFor={href} />
  );
}
