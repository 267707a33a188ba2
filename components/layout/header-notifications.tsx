import { useLocale, useTranslations } from 'next-intl';
import type { NotificationDto } from '@/db/queries/notifications';
import { NotificationMenu } from '@/components/notifications/notification-menu';
import { localizedPath, type Locale } from '@/i18n/routing';
import { formatDateTime } from '@/lib/format-date-time';

/**
 * The header's bell for a signed-in user, in the page's language. Only the personal frame imports it, so
 * the anonymous variant's pages (components/layout/site-frame.tsx) do not load its client code (issue 20).
 */
export function HeaderNotifications({ unread, latest }: { unread: number; latest: NotificationDto[] }) {
  const t = useTranslations('shell');
  const locale = useLocale() as Locale;
  return (
    <NotificationMenu
      unread={unread}
      latest={latest.map((n) => ({ ...n, when: formatDateTime(n.createdAt, locale) }))}
      listHref={localizedPath(locale, '/account/notifications')}
      labels={{
        notifications: t('notifications'),
        unread: t('notificationsUnread'),
        showLatest: t('notificationsShowLatest'),
        latest: t('notificationsLatest'),
        none: t('notificationsNone'),
        unreadBadge: t('notificationsUnreadBadge'),
        viewAll: t('notificationsViewAll'),
        type: {
          SUCCESS: t('notificationType.SUCCESS'),
          WARNING: t('notificationType.WARNING'),
          ERROR: t('notificationType.ERROR'),
        },
      }}
    />
  );
}
