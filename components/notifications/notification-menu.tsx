'use client';

import Link from 'next/link';
import { useEffect, useId, useRef, useState } from 'react';
import type { NotificationDto } from '@/db/queries/notifications';
import type { NotificationType } from '@/db/schema/enums';
import { clsx } from 'clsx';
import { notificationStyle } from './notification-style';

const navLink = 'rounded-md px-2 py-1 text-sm font-medium text-ink hover:bg-canvas';

/**
 * The header's "Notifications" link (its name includes the unread count) and, beside it, a button that
 * opens the latest few. Without JavaScript the link still leads to the full list.
 */
/** A notification with its time already written by the server (lib/format-date-time.ts: the shop's zone). */
export type NotificationPreview = NotificationDto & { when: string };

/** The menu's words in the reader's language (the server component above translates them). */
export type NotificationMenuLabels = {
  notifications: string;
  unread: string;
  showLatest: string;
  latest: string;
  none: string;
  unreadBadge: string;
  viewAll: string;
  type: Record<NotificationType, string>;
};

/** The words and the list's address come from the server component above, in the page's language. */
export function NotificationMenu({
  unread,
  latest,
  labels,
  listHref,
}: {
  unread: number;
  latest: NotificationPreview[];
  labels: NotificationMenuLabels;
  /** /account/notifications in the page's language. */
  listHref: string;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const onClick = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  return (
    <div ref={root} className="relative flex items-center">
      <Link href={listHref} className={navLink}>
        {labels.notifications}
        {unread > 0 ? (
          <span className="ml-1 rounded-full bg-brand-600 px-1.5 py-0.5 text-xs text-white">
            {unread}
            <span className="sr-only"> {labels.unread}</span>
          </span>
        ) : null}
      </Link>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={labels.showLatest}
        onClick={() => setOpen((v) => !v)}
        className="inline-flex h-7 min-w-7 items-center justify-center rounded-md text-sm text-muted hover:bg-canvas"
      >
        <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div
          id={panelId}
          role="region"
          aria-label={labels.latest}
          className="absolute right-0 top-full z-40 mt-2 w-80 rounded-xl border border-line bg-surface p-2 shadow-lg"
        >
          {latest.length === 0 ? (
            <p className="p-3 text-sm text-muted">{labels.none}</p>
          ) : (
            <ul className="max-h-96 divide-y divide-line overflow-y-auto">
              {latest.map((n) => {
                const style = notificationStyle[n.type];
                const body = (
                  <>
                    <span className="flex items-center gap-2 text-xs text-muted">
                      <span className={clsx('rounded px-1.5 py-0.5 font-medium', style.badge)}>
                        {labels.type[n.type]}
                      </span>
                      {n.read ? null : <span className="font-medium text-brand-700">{labels.unreadBadge}</span>}
                    </span>
                    <span className="mt-1 block text-sm font-medium text-ink">{n.title}</span>
                    <span className="block text-xs text-muted">{n.when}</span>
                  </>
                );
                return (
                  <li key={n.id} className={clsx('border-l-4', style.accent)}>
                    {n.link ? (
                      // Opening marks it read (app/api/notifications/[id]/open); a plain link, never prefetched.
                      <a href={`/api/notifications/${n.id}/open`} className="block px-3 py-2 hover:bg-canvas">
                        {body}
                      </a>
                    ) : (
                      <div className="px-3 py-2">{body}</div>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          <Link
            href={listHref}
            onClick={() => setOpen(false)}
            className="mt-1 block rounded-md px-3 py-2 text-center text-sm font-medium text-brand-600 hover:bg-canvas"
          >
            {labels.viewAll}
          </Link>
        </div>
      ) : null}
    </div>
  );
}
