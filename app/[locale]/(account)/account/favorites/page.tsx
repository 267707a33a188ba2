import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { FavoriteList } from '@/components/favorites/favorite-list';
import { PrevNextNav } from '@/components/ui/prev-next-nav';
import { listFavorites } from '@/db/queries/favorites';
import { requireUser } from '@/server/auth/guards';
import { FAVORITES_PAGE_SIZE, favoritesPageSchema } from '@/lib/validations/favorites';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'account' });
  return { title: t('favorites.title'), robots: { index: false } };
}

export default async function FavoritesPage({
  params,
  searchParams,
}: {
  params: LocaleParams;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await pageLocale(params);
  const t = await getTranslations('account');
  const user = await requireUser();
  const { page } = favoritesPageSchema.parse(await searchParams);
  const favorites = await listFavorites(user.id, { page, pageSize: FAVORITES_PAGE_SIZE });
  return (
    <div className="mx-auto w-full max-w-4xl space-y-6 px-4 py-10">
      <div>
        <h1 className="text-2xl font-semibold">{t('favorites.title')}</h1>
        <p className="text-sm text-muted">{t('favorites.count', { count: favorites.total })}</p>
      </div>
      <FavoriteList items={favorites.items} locale={locale} />
      <PrevNextNav
        label={t('favorites.pagination')}
        page={favorites.page}
        pageCount={favorites.pageCount}
        hrefFor={(p) => (p > 1 ? `/account/favorites?page=${p}` : '/account/favorites')}
      />
    </div>
  );
}
