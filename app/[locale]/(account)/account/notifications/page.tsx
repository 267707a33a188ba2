import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { NotificationItem } from '@/components/notifications/notification-item';
import { PrevNextNav } from '@/components/ui/prev-next-nav';
import { buttonClass } from '@/components/ui/button-class';
import { countUnreadNotifications, listNotifications } from '@/db/queries/notifications';
import { markAllNotificationsReadAction } from '@/actions/notifications';
import { requireUser } from '@/server/auth/guards';
import { notificationsPageSchema } from '@/lib/validations/notifications';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'account' });
  return { title: t('notifications.title'), robots: { index: false } };
}

export default async function NotificationsPage({
  params,
  searchParams,
}: {
  params: LocaleParams;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await pageLocale(params);
  const t = await getTranslations('account');
  const user = await requireUser('/account/notifications');
  const { page } = notificationsPageSchema.parse(await searchParams);
  const [list, unread] = await Promise.all([listNotifications(user.id, page), countUnreadNotifications(user.id)]);
  return (
    <section className="mx-auto w-full max-w-3xl px-4 py-10">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t('notifications.title')}</h1>
          <p className="mt-1 text-sm text-muted" role="status">
            {unread === 0 ? t('notifications.caughtUp') : t('notifications.unread', { count: unread })}
          </p>
        </div>
        {unread > 0 ? (
          <form action={markAllNotificationsReadAction}>
            <button type="submit" className={buttonClass('secondary')}>
              {t('notifications.markAll')}
            </button>
          </form>
        ) : null}
      </div>
      {list.items.length === 0 ? (
        <p className="mt-8 rounded-xl border border-dashed border-line p-8 text-center text-muted">
          {t('notifications.empty')}
        </p>
      ) : (
        <ul className="mt-6 space-y-3">
          {list.items.map((n) => (
            <NotificationItem key={n.id} notification={n} locale={locale} />
          ))}
        </ul>
      )}
      <PrevNextNav
        label={t('favorites.pagination')}
        className="mt-6"
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(p) => (p === 1 ? '/account/notifications' : `/account/notifications?page=${p}`)}
      />
    </section>
  );
}
