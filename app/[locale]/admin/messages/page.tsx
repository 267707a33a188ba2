import { FilterForm } from '@/components/admin/filter-form';
import { ToggleButton } from '@/components/admin/page-parts';
import { Pager } from '@/components/admin/pager';
import { ReplyForm } from '@/components/admin/reply-form';
import { StatusBadge } from '@/components/admin/status-badge';
import { listContactMessages } from '@/db/queries/admin/messages';
import { formatDateTime } from '@/lib/format-date-time';
import { replyToMessageAction, setMessageResolvedAction } from '@/actions/admin/messages';
import { adminList } from '@/server/pages';
import type { SearchParams } from '@/lib/validations/admin/common';
import { messageListFilters } from '@/lib/validations/admin/messages';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Messages' };

export default async function AdminMessagesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { params, result } = await adminList(searchParams, messageListFilters, listContactMessages);
  return (
    <>
      <h1 className="text-2xl font-semibold">Contact messages</h1>
      <FilterForm label="Messages" filters={messageListFilters} values={params} />
      <p className="mt-4 text-sm text-muted">
        {result.total} {params.state === 'all' ? '' : `${params.state} `}message{result.total === 1 ? '' : 's'}, newest
        first
      </p>
      {result.rows.length === 0 ? <p className="mt-4 text-sm text-muted">No messages here.</p> : null}
      <ul className="mt-2 space-y-3">
        {result.rows.map((m) => (
          <li key={m.id}>
            <article aria-labelledby={`message-${m.id}`} className="rounded-xl border border-line bg-surface p-4">
              <header className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id={`message-${m.id}`} className="font-semibold">
                  {m.subject}
                </h2>
                {m.resolvedAt ? (
                  <StatusBadge tone="good">Resolved</StatusBadge>
                ) : (
                  <StatusBadge tone="warn">Open</StatusBadge>
                )}
              </header>
              <p className="mt-1 text-sm text-muted">
                {m.name} &lt;
                <a href={`mailto:${m.email}`} className="hover:underline">
                  {m.email}
                </a>
                &gt;
                {m.hasAccount ? ' · has an account' : ''} ·{' '}
                <time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt)}</time>
              </p>
              <p className="mt-3 whitespace-pre-line text-sm">{m.message}</p>
              {m.reply ? (
                <div className="mt-3 rounded-lg bg-canvas p-3 text-sm">
                  <p className="font-medium">Our reply{m.repliedAt ? ` (${formatDateTime(m.repliedAt)})` : ''}</p>
                  <p className="mt-1 whitespace-pre-line">{m.reply}</p>
                </div>
              ) : (
                <ReplyForm messageId={m.id} action={replyToMessageAction} />
              )}
              <footer className="mt-3 flex flex-wrap items-center gap-3 text-sm text-muted">
                {m.resolvedAt ? (
                  <span>
                    Resolved {m.resolvedByName ? `by ${m.resolvedByName} ` : ''}on {formatDateTime(m.resolvedAt)}
                  </span>
                ) : null}
                <ToggleButton
                  action={setMessageResolvedAction}
                  fields={{ messageId: m.id }}
                  flag="resolved"
                  on={m.resolvedAt !== null}
                  turnOn="Mark resolved"
                  turnOff="Reopen"
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
