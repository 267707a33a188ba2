import Link from 'next/link';
import { formatDateTime } from '@/lib/format-date-time';
import { signOutAction } from '@/actions/auth';
import type { SessionUser } from '@/server/auth/guards';
import type { NotificationDto } from '@/db/queries/notifications';
import { NotificationMenu } from '@/components/notifications/notification-menu';

const navLink = 'rounded-md px-2 py-1 text-sm font-medium text-ink hover:bg-canvas';

export function SiteHeader({
  shopName,
  user,
  unread,
  favoriteCount = 0,
  latestNotifications = [],
}: {
  shopName: string;
  /** null: a visitor without a session; undefined: not known here (the 404 page), so no account links. */
  user: SessionUser | null | undefined;
  unread: number;
  favoriteCount?: number;
  latestNotifications?: NotificationDto[];
}) {
  return (
    <header className="no-print border-b border-line bg-surface">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 font-semibold text-ink">
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src="/logo.svg" alt="" width={28} height={28} />
          <span>{shopName}</span>
        </Link>
        <form
          action="/workflows"
          method="get"
          role="search"
          className="order-last w-full sm:order-none sm:w-auto sm:flex-1"
        >
          <input
            type="search"
            name="q"
            aria-label="Search workflows"
            placeholder="Search workflows…"
            className="w-full rounded-lg border border-line bg-canvas px-3 py-2 text-sm sm:max-w-md"
          />
        </form>
        <nav aria-label="Main" className="ml-auto flex flex-wrap items-center gap-1">
          <Link href="/workflows" prefetch={false} className={navLink}>
            Workflows
          </Link>
          {user === undefined ? null : (
            <Link href="/account/favorites" className={navLink}>
              Favorites
              {favoriteCount > 0 ? (
                <span
                  data-testid="favorite-count"
                  className="ml-1 rounded-full bg-canvas px-1.5 py-0.5 text-xs ring-1 ring-line"
                >
                  {favoriteCount}
                  <span className="sr-only"> saved</span>
                </span>
              ) : null}
            </Link>
          )}
          {user === undefined ? null : user ? (
            <>
              <NotificationMenu
                unread={unread}
                latest={latestNotifications.map((n) => ({ ...n, when: formatDateTime(n.createdAt) }))}
              />
              {user.role === 'ADMIN' ? (
                <Link href="/admin" className={navLink}>
                  Admin
                </Link>
              ) : null}
              <Link
                href="/account/purchases"
                className={`${navLink} flex items-center gap-2`}
                data-testid="account-name"
              >
                {user.avatarUrl ? (
                  // eslint-disable-next-line @next/next/no-img-element
                  <img
                    src={user.avatarUrl}
                    alt=""
                    width={24}
                    height={24}
                    className="h-6 w-6 rounded-full object-cover"
                  />
                ) : null}
                {user.name}
              </Link>
              <form action={signOutAction}>
                <button type="submit" className={navLink}>
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/login" className={navLink}>
                Sign in
              </Link>
              <Link
                href="/register"
                className="rounded-md bg-brand-600 px-3 py-1 text-sm font-medium text-white hover:bg-brand-700"
              >
                Register
              </Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
