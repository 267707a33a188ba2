import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { LibraryItem } from '@/db/queries/purchases';
import { formatDate } from '@/lib/format-date-time';
import { localizedWorkflow } from '@/lib/workflows/localized';

/** The owned workflows as cards; each opens its library page. */
export async function LibraryGrid({ items, locale }: { items: LibraryItem[]; locale: Locale }) {
  const t = await getTranslations('account');
  return (
    <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {items
        .map((owned) => localizedWorkflow(owned, locale))
        .map((item) => (
          <li key={item.workflowId}>
            <article className="flex h-full flex-col overflow-hidden rounded-xl border border-line bg-surface">
              {item.coverPath?.startsWith('/') ? (
                // eslint-disable-next-line @next/next/no-img-element
                <img src={item.coverPath} alt="" className="aspect-[16/9] w-full bg-canvas object-cover" />
              ) : null}
              <div className="flex flex-1 flex-col gap-2 p-4">
                <h2 className="font-medium" lang={item.lang === locale ? undefined : item.lang}>
                  <Link href={`/account/library/${item.slug}`} className="hover:text-brand-600">
                    {item.title}
                  </Link>
                </h2>
                <p className="line-clamp-2 text-sm text-muted">{item.shortDescription}</p>
                {item.currentVersion ? (
                  <p className="text-sm">
                    <span className="font-medium">{t('library.version', { version: item.currentVersion })}</span>
                    {item.updateAvailable ? (
                      <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700">
                        {t('library.updateAvailable')}
                      </span>
                    ) : null}
                  </p>
                ) : null}
                <p className="mt-auto text-xs text-muted">
                  {item.purchasedAt
                    ? t('library.bought', { date: formatDate(item.purchasedAt, locale) })
                    : t('library.boughtUndated')}
                  {item.retired ? t('library.retiredShort') : ''}
                </p>
              </div>
            </article>
          </li>
        ))}
    </ul>
  );
}
