import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { DataTable } from '@/components/admin/data-table';
import { Pager } from '@/components/admin/pager';
import { StatusBadge, type BadgeTone } from '@/components/admin/status-badge';
import { listOutbox } from '@/db/queries/email-outbox';
import { formatDateTime } from '@/lib/format-date-time';
import { adminList } from '@/server/pages';
import { env } from '@/lib/env';
import type { SearchParams } from '@/lib/validations/admin/common';
import { listFilters } from '@/lib/validations/admin/list-filters';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'admin' });
  return { title: t('mail.title') };
}

const STATUS: Record<string, { label: string; count: string; tone: BadgeTone }> = {
  pending: { label: 'mail.pending', count: 'mail.countPending', tone: 'warn' },
  sent: { label: 'mail.sent', count: 'mail.countSent', tone: 'good' },
  logged: { label: 'mail.logged', count: 'mail.countLogged', tone: 'neutral' },
  failed: { label: 'mail.failed', count: 'mail.countFailed', tone: 'bad' },
};

/** The queue has no filters, only `?page=`. */
const mailListFilters = listFilters({});

/**
 * The outgoing mail queue: address, subject, status, attempts, last error and times. The bodies are
 * readable only on the embedded demo database without SMTP (its mail goes nowhere else).
 */
export default async function AdminMailPage({
  params: routeParams,
  searchParams,
}: {
  params: LocaleParams;
  searchParams: Promise<SearchParams>;
}) {
  const locale = await pageLocale(routeParams);
  const { params, result } = await adminList(searchParams, mailListFilters, (adminId, { page }) =>
    listOutbox(adminId, page),
  );
  const t = await getTranslations('admin');
  const smtp = Boolean(env().SMTP_URL);
  const summary = ['pending', 'sent', 'failed', 'logged']
    .filter((s) => result.byStatus[s])
    .map((s) => (STATUS[s] ? t(STATUS[s].count, { count: result.byStatus[s] ?? 0 }) : `${result.byStatus[s]} ${s}`))
    .join(' · ');
  return (
    <>
      <h1 className="text-2xl font-semibold">{t('mail.heading')}</h1>
      {!smtp ? (
        <p className="mt-4 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm">
          {t(result.embedded ? 'mail.noSmtpEmbedded' : 'mail.noSmtp')}
        </p>
      ) : null}
      <p className="mt-4 text-sm text-muted">
        {summary ? t('mail.countSummary', { count: result.total, summary }) : t('mail.count', { count: result.total })}
      </p>
      <DataTable
        caption={t('mail.heading')}
        columns={[
          t('mail.to'),
          t('mail.subject'),
          t('mail.status'),
          t('mail.attempts'),
          t('mail.lastError'),
          t('mail.queued'),
          t('mail.sentNext'),
        ]}
        isEmpty={result.rows.length === 0}
        empty={t('mail.empty')}
      >
        {result.rows.map((m) => {
          const known = STATUS[m.status];
          const status = known
            ? { label: t(known.label), tone: known.tone }
            : { label: m.status, tone: 'neutral' as const };
          return (
            <tr key={m.id} className="align-top">
              <td className="whitespace-nowrap">{m.to}</td>
              <td>
                {m.subject}
                {m.text !== null ? (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-brand-600">{t('mail.show')}</summary>
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
                <time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt, locale)}</time>
              </td>
              <td className="whitespace-nowrap">
                {m.sentAt ? (
                  <time dateTime={m.sentAt.toISOString()}>{formatDateTime(m.sentAt, locale)}</time>
                ) : m.status === 'pending' ? (
                  <time dateTime={m.nextAttemptAt.toISOString()}>{formatDateTime(m.nextAttemptAt, locale)}</time>
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
