import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { FilterForm } from '@/components/admin/filter-form';
import { ToggleButton } from '@/components/admin/page-parts';
import { Pager } from '@/components/admin/pager';
import { ReplyForm } from '@/components/admin/reply-form';
import { StatusBadge } from '@/components/admin/status-badge';
import { listContactMessages } from '@/db/queries/admin/messages';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { formatDateTime } from '@/lib/format-date-time';
import { replyToMessageAction, setMessageResolvedAction } from '@/actions/admin/messages';
import { adminList } from '@/server/pages';
import type { SearchParams } from '@/lib/validations/admin/common';
import { messageListFilters } from '@/lib/validations/admin/messages';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'admin' });
  return { title: t('messages.title') };
}

const COUNTS = { open: 'messages.countOpen', resolved: 'messages.countResolved', all: 'messages.countAll' } as const;

export default async function AdminMessagesPage({
  params: routeParams,
  searchParams,
}: {
  params: LocaleParams;
  searchParams: Promise<SearchParams>;
}) {
  const locale = await pageLocale(routeParams);
  const { params, result } = await adminList(searchParams, messageListFilters, listContactMessages);
  const t = await getTranslations('admin');
  return (
    <>
      <h1 className="text-2xl font-semibold">{t('messages.heading')}</h1>
      <FilterForm list="messages" filters={messageListFilters} values={params} />
      <p className="mt-4 text-sm text-muted">{t(COUNTS[params.state], { count: result.total })}</p>
      {result.rows.length === 0 ? <p className="mt-4 text-sm text-muted">{t('messages.empty')}</p> : null}
      <ul className="mt-2 space-y-3">
        {result.rows.map((m) => (
          <li key={m.id}>
            <article aria-labelledby={`message-${m.id}`} className="rounded-xl border border-line bg-surface p-4">
              <header className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id={`message-${m.id}`} className="font-semibold">
                  {m.subject}
                </h2>
                {m.resolvedAt ? (
                  <StatusBadge tone="good">{t('messages.resolved')}</StatusBadge>
                ) : (
                  <StatusBadge tone="warn">{t('messages.open')}</StatusBadge>
                )}
              </header>
              <p className="mt-1 text-sm text-muted">
                {m.name} &lt;
                <a href={`mailto:${m.email}`} className="hover:underline">
                  {m.email}
                </a>
                &gt;
                {m.hasAccount ? ` · ${t('messages.hasAccount')}` : ''} ·{' '}
                <time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt, locale)}</time>
              </p>
              <p className="mt-3 whitespace-pre-line text-sm">{m.message}</p>
              {m.reply ? (
                <div className="mt-3 rounded-lg bg-canvas p-3 text-sm">
                  <p className="font-medium">
                    {m.repliedAt
                      ? t('messages.ourReplyAt', { date: formatDateTime(m.repliedAt, locale) })
                      : t('messages.ourReply')}
                  </p>
                  <p className="mt-1 whitespace-pre-line">{m.reply}</p>
                </div>
              ) : (
                <ReplyForm messageId={m.id} action={replyToMessageAction} />
              )}
              <footer className="mt-3 flex flex-wrap items-center gap-3 text-sm text-muted">
                {m.resolvedAt ? (
                  <span>
                    {m.resolvedByName
                      ? t('messages.resolvedBy', {
                          name: m.resolvedByName,
                          date: formatDateTime(m.resolvedAt, locale),
                        })
                      : t('messages.resolvedOn', { date: formatDateTime(m.resolvedAt, locale) })}
                  </span>
                ) : null}
                <ToggleButton
                  action={setMessageResolvedAction}
                  fields={{ messageId: m.id }}
                  flag="resolved"
                  on={m.resolvedAt !== null}
                  turnOn={t('messages.markResolved')}
                  turnOff={t('messages.reopen')}
                />
              </footer>
            </article>
          </li>
        ))}
      </ul>
      <Pager
        path="/admin/messages"
        params={messageListFilters.query(params)}
        page={result.page}
        pageCount={result.pageCount}
      />
    </>
  );
}
