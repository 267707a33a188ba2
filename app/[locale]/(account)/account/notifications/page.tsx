import type { Metadata } from 'next';
import { NotificationItem } from '@/components/notifications/notification-item';
import { PrevNextNav } from '@/components/ui/prev-next-nav';
import { buttonClass } from '@/components/ui/button';
import { countUnreadNotifications, listNotifications } from '@/db/queries/notifications';
import { markAllNotificationsReadAction } from '@/actions/notifications';
import { requireUser } from '@/server/auth/guards';
import { notificationsPageSchema } from '@/lib/validations/notifications';

export const metadata: Metadata = { title: 'Notifications', robots: { index: false } };

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser('/account/notifications');
  const { page } = notificationsPageSchema.parse(await searchParams);
  const [list, unread] = await Promise.all([listNotifications(user.id, page), countUnreadNotifications(user.id)]);
  return (
    <section className="mx-auto w-full max-w-3xl px-4 py-10">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Notifications</h1>
          <p className="mt-1 text-sm text-muted" role="status">
            {unread === 0 ? 'You are all caught up.' : `${unread} unread`}
          </p>
        </div>
        {unread > 0 ? (
          <form action={markAllNotificationsReadAction}>
            <button type="submit" className={buttonClass('secondary')}>
              Mark all as read
            </button>
          </form>
        ) : null}
      </div>
      {list.items.length === 0 ? (
        <p className="mt-8 rounded-xl border border-dashed border-line p-8 text-center text-muted">
          No notifications yet. We will tell you here when a payment is confirmed or something needs your attention.
        </p>
      ) : (
        <ul className="mt-6 space-y-3">
          {list.items.map((n) => (
            <NotificationItem key={n.id} notification={n} />
          ))}
        </ul>
      )}
      <PrevNextNav
        label="Pagination"
        className="mt-6"
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(p) => (p === 1 ? '/account/notifications' : `/account/notifications?page=${p}`)}
      />
    </section>
  );
}
