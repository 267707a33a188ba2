import { DataTable } from '@/components/admin/data-table';
import { Pager } from '@/components/admin/pager';
import { StatusBadge, type BadgeTone } from '@/components/admin/status-badge';
import { listOutbox } from '@/db/queries/email-outbox';
import { formatDateTime } from '@/lib/format-date-time';
import { adminList } from '@/server/pages';
import { env } from '@/lib/env';
import type { SearchParams } from '@/lib/validations/admin/common';
import { listFilters } from '@/lib/validations/admin/list-filters';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Mail' };

const STATUS: Record<string, { label: string; tone: BadgeTone }> = {
  pending: { label: 'Pending', tone: 'warn' },
  sent: { label: 'Sent', tone: 'good' },
  logged: { label: 'Kept (no SMTP)', tone: 'neutral' },
  failed: { label: 'Failed', tone: 'bad' },
};

/** The queue has no filters, only `?page=`. */
const mailListFilters = listFilters({});

/**
 * The outgoing mail queue: address, subject, status, attempts, last error and times. The bodies are
 * readable only on the embedded demo database without SMTP (its mail goes nowhere else).
 */
export default async function AdminMailPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { params, result } = await adminList(searchParams, mailListFilters, (adminId, { page }) =>
    listOutbox(adminId, page),
  );
  const smtp = Boolean(env().SMTP_URL);
  const summary = ['pending', 'sent', 'failed', 'logged']
    .filter((s) => result.byStatus[s])
    .map((s) => `${result.byStatus[s]} ${STATUS[s]?.label.toLowerCase() ?? s}`)
    .join(' · ');
  return (
    <>
      <h1 className="text-2xl font-semibold">Outgoing mail</h1>
      {!smtp ? (
        <p className="mt-4 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm">
          {result.embedded
            ? 'SMTP_URL is not set: mail is not sent but kept here, readable, because this is the embedded demo database.'
            : 'SMTP_URL is not set: mail waits in this queue and nobody receives it. Set SMTP_URL and restart; the queue is then delivered.'}
        </p>
      ) : null}
      <p className="mt-4 text-sm text-muted">
        {result.total} message{result.total === 1 ? '' : 's'}
        {summary ? ` (${summary})` : ''}, newest first. Messages with a one-time link are kept encrypted until sent and
        without their text afterwards.
      </p>
      <DataTable
        caption="Outgoing mail"
        columns={['To', 'Subject', 'Status', 'Attempts', 'Last error', 'Queued', 'Sent / next try']}
        isEmpty={result.rows.length === 0}
        empty="No mail yet."
      >
        {result.rows.map((m) => {
          const status = STATUS[m.status] ?? { label: m.status, tone: 'neutral' as const };
          return (
            <tr key={m.id} className="align-top">
              <td className="whitespace-nowrap">{m.to}</td>
              <td>
                {m.subject}
                {m.text !== null ? (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-brand-600">Show the message</summary>
                    <pre className="mt-2 max-w-xl whitespace-pre-wrap break-words font-sans text-xs">{m.text}</pre>
                  </details>
                ) : null}
              </td>
              <td>
                <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
              </td>
              <td>{m.attempts}</td>
              <td className="max-w-xs break-words text-muted">{m.error ?? ''}</td>
              <td className="whitespace-nowrap">
                <time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt)}</time>
              </td>
              <td className="whitespace-nowrap">
                {m.sentAt ? (
                  <time dateTime={m.sentAt.toISOString()}>{formatDateTime(m.sentAt)}</time>
                ) : m.status === 'pending' ? (
                  <time dateTime={m.nextAttemptAt.toISOString()}>{formatDateTime(m.nextAttemptAt)}</time>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          );
        })}
      </DataTable>
      <Pager path="/admin/mail" params={{}} page={params.page} pageCount={result.pageCount} />
    </>
  );
}
