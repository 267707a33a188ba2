import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { buttonClass } from '@/components/ui/button-class';

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
  const t = useTranslations('catalog');
  if (totalPages <= 1 && page <= 1) return null;
  return (
    <nav aria-label={t('pagination')} className="mt-8 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={hrefFor(Math.min(page - 1, totalPages))} className={buttonClass('secondary')} rel="prev">
          {t('previous')}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-muted">{t('pageOf', { page, total: totalPages })}</p>
      {page < totalPages ? (
        <Link href={hrefFor(page + 1)} className={buttonClass('secondary')} rel="next">
          {t('next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
