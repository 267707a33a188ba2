import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { FavoriteItem } from '@/db/queries/favorites';
import { formatPrice } from '@/lib/site';
import { localizedWorkflow } from '@/lib/workflows/localized';
import { Favorite } from './favorite';

/** The signed-in user's favorites; a workflow no longer for sale stays, marked "Unavailable". */
export async function FavoriteList({ items, locale }: { items: FavoriteItem[]; locale: Locale }) {
  const t = await getTranslations('account');
  if (items.length === 0) {
    return (
      <div className="rounded-xl border border-dashed border-line p-8 text-center">
        <p className="text-muted">{t('favorites.empty')}</p>
        <Link href="/workflows" className="mt-2 inline-block font-medium text-brand-600 hover:underline">
          {t('favorites.browse')}
        </Link>
      </div>
    );
  }
  return (
    <ul aria-label={t('favorites.listLabel')} className="divide-y divide-line rounded-xl border border-line bg-surface">
      {items.map((favorite) => {
        const item = localizedWorkflow(favorite, locale);
        const unavailable = item.status !== 'active';
        return (
          <li key={item.workflowId} className="flex flex-wrap items-center gap-4 p-4">
            <div className="min-w-0 flex-1">
              <h2 className="font-medium">
                {unavailable ? (
                  <span className="text-muted">{item.title}</span>
                ) : (
                  <Link href={`/workflows/${item.slug}`} className="hover:text-brand-600">
                    {item.title}
                  </Link>
                )}
                {unavailable ? (
                  <span className="ml-2 rounded-full bg-canvas px-2 py-0.5 text-xs font-medium text-muted ring-1 ring-line">
                    {t('favorites.unavailable')}
                  </span>
                ) : null}
              </h2>
              <p className="mt-1 line-clamp-1 text-sm text-muted">{item.shortDescription}</p>
            </div>
            {unavailable ? null : <p className="font-semibold">{formatPrice(item.price, locale)}</p>}
            <Favorite workflowId={item.workflowId} favorited />
          </li>
        );
      })}
    </ul>
  );
}
