import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { catalogHref, type CatalogSearch } from '@/lib/validations/catalog';

/**
 * "Did you mean …" under results that came through typo corrections or aliases: a link to the corrected
 * query (same filters, first page). Nothing when the words matched as typed.
 */
export function DidYouMean({
  corrected,
  state,
  path,
}: {
  corrected: string | null;
  state: CatalogSearch;
  path: string;
}) {
  const t = useTranslations('catalog');
  if (!corrected) return null;
  return (
    <p className="mt-1 text-sm">
      {t.rich('didYouMean', {
        corrected,
        link: (text) => (
          <Link
            href={catalogHref(state, { q: corrected, page: 1 }, path)}
            className="font-medium text-brand-600 underline underline-offset-2"
          >
            {text}
          </Link>
        ),
      })}
    </p>
  );
}
