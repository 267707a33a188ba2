import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { Link } from '@/i18n/navigation';
import { localizedPath, type Locale } from '@/i18n/routing';
import { LocaleSwitcher } from './locale-switcher';
import { signOutAction } from '@/actions/auth';
import type { SessionUser } from '@/server/auth/guards';
import { SearchSuggest } from './search-suggest';

const navLink = 'rounded-md px-2 py-1 text-sm font-medium text-ink hover:bg-canvas';

export function SiteHeader({
  shopName,
  account,
}: {
  shopName: string;
  /**
   * The header's personal part (favorites, the bell, the account, sign in or out): <AccountLinks> for a
   * visitor, the personal frame's <AccountArea>, which reads the session itself (so no layout above it
   * does: docs/CACHE-COMPONENTS.md); null on the 404 page, where the visitor is not known.
   */
  account: ReactNode;
}) {
  const t = useTranslations('shell');
  const locale = useLocale() as Locale;
  // One row at every width: below `md` the links sit in a "Menu" disclosure (a <details>, so it opens
  // without JavaScript); from `md` on they are shown in the row (globals.css `.open-from-md`).
  return (
    <header className="no-print border-b border-line bg-surface">
      <div className="relative mx-auto flex max-w-7xl items-center gap-x-3 px-4 py-3 md:gap-x-4">
        <Link href="/" className="flex shrink-0 items-center gap-2 font-semibold text-ink">
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src="/logo.svg" alt="" width={28} height={28} />
          <span className="sr-only sm:not-sr-only">{shopName}</span>
        </Link>
        <form action={localizedPath(locale, '/workflows')} method="get" role="search" className="min-w-0 flex-1">
          <SearchSuggest
            locale={locale}
            labels={{
              search: t('searchLabel'),
              placeholder: t('searchPlaceholder'),
              suggestions: t('searchSuggestions'),
              app: t('searchSuggestionApp'),
            }}
            className="w-full rounded-lg border border-line bg-canvas px-3 py-2 text-sm md:max-w-md"
          />
        </form>
        <details className="open-from-md shrink-0 md:ml-auto">
          <summary className="cursor-pointer list-none rounded-md border border-line px-3 py-1.5 text-sm font-medium text-ink hover:bg-canvas [&::-webkit-details-marker]:hidden">
            {t('menu')}
          </summary>
          <nav
            aria-label={t('mainNav')}
            className="absolute inset-x-4 top-full z-30 mt-1 flex flex-col items-stretch gap-1 rounded-xl border border-line bg-surface p-2 shadow-lg md:static md:mt-0 md:flex-row md:flex-wrap md:items-center md:border-0 md:bg-transparent md:p-0 md:shadow-none"
          >
            <Link href="/workflows" prefetch={false} className={navLink}>
              {t('workflows')}
            </Link>
            {account}
            <LocaleSwitcher className={navLink} />
          </nav>
        </details>
      </div>
    </header>
  );
}

/**
 * The header's personal part for `user` (null: a visitor without a session): the favorites link with its
 * count, then the bell, the admin link, the account and sign out, or sign in and register.
 */
export function AccountLinks({
  user,
  favoriteCount = 0,
  bell = null,
}: {
  user: SessionUser | null;
  favoriteCount?: number;
  /** The notifications menu of a signed-in user (components/layout/header-notifications.tsx, given by the
   * personal frame: the anonymous variant's header imports no client code for it). */
  bell?: ReactNode;
}) {
  const t = useTranslations('shell');
  return (
    <>
      <Link href="/account/favorites" className={navLink}>
        {t('favorites')}
        {favoriteCount > 0 ? (
          <span
            data-testid="favorite-count"
            className="ml-1 rounded-full bg-canvas px-1.5 py-0.5 text-xs ring-1 ring-line"
          >
            {favoriteCount}
            <span className="sr-only">{t('saved')}</span>
          </span>
        ) : null}
      </Link>
      {user ? (
        <>
          {bell}
          {user.role === 'ADMIN' ? (
            <Link href="/admin" className={navLink}>
              {t('admin')}
            </Link>
          ) : null}
          <Link href="/account/purchases" className={`${navLink} flex items-center gap-2`} data-testid="account-name">
            {user.avatarUrl ? (
              // eslint-disable-next-line @next/next/no-img-element
              <img src={user.avatarUrl} alt="" width={24} height={24} className="h-6 w-6 rounded-full object-cover" />
            ) : null}
            {user.name}
          </Link>
          <form action={signOutAction}>
            <button type="submit" className={navLink}>
              {t('signOut')}
            </button>
          </form>
        </>
      ) : (
        <>
          <Link href="/login" className={navLink}>
            {t('signIn')}
          </Link>
          <Link
            href="/register"
            className="rounded-md bg-brand-600 px-3 py-1 text-sm font-medium text-white hover:bg-brand-700"
          >
            {t('register')}
          </Link>
        </>
      )}
    </>
  );
}
