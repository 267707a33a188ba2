import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/admin/action-button';
import { DataTable } from '@/components/admin/data-table';
import { FilterForm } from '@/components/admin/filter-form';
import { Pager } from '@/components/admin/pager';
import { StatementImport } from '@/components/admin/payments/statement-import';
import { inputClass } from '@/components/ui/field';
import { pageOf } from '@/db/queries/admin/paging';
import { listBankTransfers, TRANSFERS_PAGE_SIZE } from '@/db/queries/bank/admin-transfers';
import type { UnmatchedReason } from '@/db/queries/bank/match-transfer';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { dismissTransferAction, linkTransferAction } from '@/actions/admin/payments';
import { adminList } from '@/server/pages';
import { formatDateTime } from '@/lib/format-date-time';
import { formatPrice } from '@/lib/site';
import type { SearchParams } from '@/lib/validations/admin/common';
import { transferListFilters } from '@/lib/validations/admin/payments';
import { LabelledSection } from '@/components/ui/labelled-section';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'admin' });
  return { title: t('payments.title') };
}

/** Why a transfer approved nothing (db/queries/bank/match-transfer.ts), as the admin reads it. */
const REASONS: Record<UnmatchedReason, string> = {
  no_reference: 'payments.reason.noReference',
  unknown_reference: 'payments.reason.unknownReference',
  wrong_account: 'payments.reason.wrongAccount',
  already_paid: 'payments.reason.alreadyPaid',
  rejected: 'payments.reason.rejected',
  expired: 'payments.reason.expired',
  underpaid: 'payments.reason.underpaid',
  overpaid: 'payments.reason.overpaid',
};

export default async function AdminPaymentsPage({
  params: routeParams,
  searchParams,
}: {
  params: LocaleParams;
  searchParams: Promise<SearchParams>;
}) {
  const locale = await pageLocale(routeParams);
  const { params, result } = await adminList(searchParams, transferListFilters, async (adminId, filter) => {
    const { rows, total } = await listBankTransfers(adminId, filter);
    return pageOf(rows, total, filter.page, TRANSFERS_PAGE_SIZE);
  });
  const t = await getTranslations('admin');
  const reasonText = (reason: string | null) => {
    const key = reason ? REASONS[reason as UnmatchedReason] : undefined;
    return key ? t(key) : (reason ?? '');
  };
  return (
    <>
      <h1 className="text-2xl font-semibold">{t('payments.heading')}</h1>
      <p className="mt-1 text-sm text-muted">{t('payments.intro')}</p>
      <FilterForm list="transfers" filters={transferListFilters} values={params} />
      <DataTable
        caption={t('payments.heading')}
        columns={[
          t('payments.date'),
          t('payments.amount'),
          t('payments.content'),
          t('payments.from'),
          t(params.status === 'UNMATCHED' ? 'payments.reasonColumn' : 'payments.purchase'),
          '',
        ]}
        isEmpty={result.rows.length === 0}
        empty={t('payments.empty')}
      >
        {result.rows.map((row) => (
          <tr key={row.id}>
            <td className="whitespace-nowrap">
              <time dateTime={row.transactionDate.toISOString()}>{formatDateTime(row.transactionDate, locale)}</time>
            </td>
            <td className="whitespace-nowrap">{formatPrice(row.amount, locale)}</td>
            <td className="max-w-xs break-words">{row.content}</td>
            <td>
              {row.provider} · {row.providerTransactionId}
            </td>
            <td>{params.status === 'UNMATCHED' ? reasonText(row.reason) : (row.purchaseReference ?? '—')}</td>
            <td>
              {row.status === 'UNMATCHED' ? (
                <div className="space-y-2">
                  <ActionButton
                    action={linkTransferAction}
                    fields={{ transferId: row.id }}
                    variant="primary"
                    pendingLabel={t('purchase.approving')}
                    extra={
                      <>
                        <label htmlFor={`link-${row.id}`} className="sr-only">
                          {t('purchase.reference')}
                        </label>
                        <input
                          id={`link-${row.id}`}
                          name="reference"
                          placeholder="USI…"
                          defaultValue={row.purchaseReference ?? ''}
                          className={`${inputClass} w-36`}
                        />
                      </>
                    }
                  >
                    {t('payments.link')}
                  </ActionButton>
                  <ActionButton
                    action={dismissTransferAction}
                    fields={{ transferId: row.id }}
                    pendingLabel={t('payments.dismissing')}
                  >
                    {t('payments.dismiss')}
                  </ActionButton>
                </div>
              ) : null}
            </td>
          </tr>
        ))}
      </DataTable>
      <Pager
        path="/admin/payments"
        params={transferListFilters.query(params)}
        page={result.page}
        pageCount={result.pageCount}
      />
      <LabelledSection
        id="statement-heading"
        title={t('statement.heading')}
        className="mt-10 rounded-xl border border-line bg-surface p-4"
      >
        <p className="mb-4 mt-1 text-sm text-muted">{t('statement.intro')}</p>
        <StatementImport />
      </LabelledSection>
    </>
  );
}
