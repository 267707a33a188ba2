import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { NotificationDto } from '@/db/queries/notifications';
import { deleteNotificationAction, markNotificationReadAction } from '@/actions/notifications';
import { cn } from '@/lib/cn';
import { buttonClass } from '@/components/ui/button-class';
import { formatDateTime } from '@/lib/format-date-time';
import { notificationStyle } from './notification-style';

/** The message key of each type's label (read by screen readers beside the colour). */
const TYPE_LABEL = {
  SUCCESS: 'notifications.type.SUCCESS',
  WARNING: 'notifications.type.WARNING',
  ERROR: 'notifications.type.ERROR',
} as const;

export async function NotificationItem({ notification: n, locale }: { notification: NotificationDto; locale: Locale }) {
  const t = await getTranslations('account');
  const style = notificationStyle[n.type];
  return (
    <li>
      <article
        aria-labelledby={`notification-${n.id}-title`}
        className={cn(
          'flex flex-col gap-3 rounded-xl border border-l-4 border-line p-4 sm:flex-row sm:items-start',
          style.accent,
          n.read ? 'bg-surface' : 'bg-brand-50',
        )}
      >
        <span
          aria-hidden="true"
          className={cn('flex h-8 w-8 shrink-0 items-center justify-center rounded-full font-bold', style.badge)}
        >
          {style.icon}
        </span>
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-center gap-2 text-xs text-muted">
            <span className={cn('rounded px-1.5 py-0.5 font-medium', style.badge)}>{t(TYPE_LABEL[n.type])}</span>
            {n.read ? null : <span className="font-medium text-brand-700">{t('notifications.unreadBadge')}</span>}
            <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt, locale)}</time>
          </p>
          <h2 id={`notification-${n.id}-title`} className="mt-1 font-semibold text-ink">
            {n.link ? (
              // A plain link (no prefetch: opening marks it read) through the route that marks it read.
              <a href={`/api/notifications/${n.id}/open`} className="hover:underline">
                {n.title}
              </a>
            ) : (
              n.title
            )}
          </h2>
          <p className="mt-1 whitespace-pre-line text-sm text-ink">{n.message}</p>
        </div>
        <div className="flex shrink-0 gap-2">
          {n.read ? null : (
            <form action={markNotificationReadAction}>
              <input type="hidden" name="id" value={n.id} />
              <button type="submit" className={buttonClass('secondary', 'px-3 py-1')}>
                {t('notifications.markRead')}
              </button>
            </form>
          )}
          <form action={deleteNotificationAction}>
            <input type="hidden" name="id" value={n.id} />
            <button type="submit" className={buttonClass('ghost', 'px-3 py-1 text-danger')}>
              {t('notifications.delete')}
            </button>
          </form>
        </div>
      </article>
    </li>
  );
}
