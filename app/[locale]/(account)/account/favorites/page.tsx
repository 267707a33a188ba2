import type { Metadata } from 'next';
import { FavoriteList } from '@/components/favorites/favorite-list';
import { PrevNextNav } from '@/components/ui/prev-next-nav';
import { listFavorites } from '@/db/queries/favorites';
import { requireUser } from '@/server/auth/guards';
import { FAVORITES_PAGE_SIZE, favoritesPageSchema } from '@/lib/validations/favorites';

export const metadata: Metadata = { title: 'Favorites', robots: { index: false } };

export default async function FavoritesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const { page } = favoritesPageSchema.parse(await searchParams);
  const favorites = await listFavorites(user.id, { page, pageSize: FAVORITES_PAGE_SIZE });
  return (
    <div className="mx-auto w-full max-w-4xl space-y-6 px-4 py-10">
      <div>
        <h1 className="text-2xl font-semibold">Favorites</h1>
        <p className="text-sm text-muted">
          {favorites.total === 1 ? '1 saved workflow' : `${favorites.total} saved workflows`}, newest first.
        </p>
      </div>
      <FavoriteList items={favorites.items} />
      <PrevNextNav
        label="Pagination"
        page={favorites.page}
        pageCount={favorites.pageCount}
        hrefFor={(p) => (p > 1 ? `/account/favorites?page=${p}` : '/account/favorites')}
      />
    </div>
  );
}
