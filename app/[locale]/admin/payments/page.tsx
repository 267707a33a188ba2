import { ActionButton } from '@/components/admin/action-button';
import { DataTable } from '@/components/admin/data-table';
import { FilterForm } from '@/components/admin/filter-form';
import { Pager } from '@/components/admin/pager';
import { StatementImport } from '@/components/admin/payments/statement-import';
import { inputClass } from '@/components/ui/field';
import { pageOf } from '@/db/queries/admin/paging';
import { listBankTransfers, TRANSFERS_PAGE_SIZE } from '@/db/queries/bank/admin-transfers';
import { UNMATCHED_REASON_TEXT, type UnmatchedReason } from '@/db/queries/bank/match-transfer';
import { dismissTransferAction, linkTransferAction } from '@/actions/admin/payments';
import { adminList } from '@/server/pages';
import { formatDateTime } from '@/lib/format-date-time';
import { formatPrice } from '@/lib/site';
import type { SearchParams } from '@/lib/validations/admin/common';
import { transferListFilters } from '@/lib/validations/admin/payments';
import { LabelledSection } from '@/components/ui/labelled-section';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Payments' };

const reasonText = (reason: string | null) =>
  reason ? (UNMATCHED_REASON_TEXT[reason as UnmatchedReason] ?? reason) : '';

export default async function AdminPaymentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { params, result } = await adminList(searchParams, transferListFilters, async (adminId, filter) => {
    const { rows, total } = await listBankTransfers(adminId, filter);
    return pageOf(rows, total, filter.page, TRANSFERS_PAGE_SIZE);
  });
  return (
    <>
      <h1 className="text-2xl font-semibold">Bank transfers</h1>
      <p className="mt-1 text-sm text-muted">
        Transfers reported by the bank webhooks or imported from statements. Exact payments approve their purchase by
        themselves; the rest wait here with the reason.
      </p>
      <FilterForm label="Transfers" filters={transferListFilters} values={params} />
      <DataTable
        caption="Bank transfers"
        columns={['Date', 'Amount', 'Content', 'From', params.status === 'UNMATCHED' ? 'Reason' : 'Purchase', '']}
        isEmpty={result.rows.length === 0}
        empty="No transfers here."
      >
        {result.rows.map((t) => (
          <tr key={t.id}>
            <td className="whitespace-nowrap">
              <time dateTime={t.transactionDate.toISOString()}>{formatDateTime(t.transactionDate)}</time>
            </td>
            <td className="whitespace-nowrap">{formatPrice(t.amount)}</td>
            <td className="max-w-xs break-words">{t.content}</td>
            <td>
              {t.provider} · {t.providerTransactionId}
            </td>
            <td>{params.status === 'UNMATCHED' ? reasonText(t.reason) : (t.purchaseReference ?? '—')}</td>
            <td>
              {t.status === 'UNMATCHED' ? (
                <div className="space-y-2">
                  <ActionButton
                    action={linkTransferAction}
                    fields={{ transferId: t.id }}
                    variant="primary"
                    pendingLabel="Approving…"
                    extra={
                      <>
                        <label htmlFor={`link-${t.id}`} className="sr-only">
                          Transfer reference
                        </label>
                        <input
                          id={`link-${t.id}`}
                          name="reference"
                          placeholder="USI…"
                          defaultValue={t.purchaseReference ?? ''}
                          className={`${inputClass} w-36`}
                        />
                      </>
                    }
                  >
                    Link and approve
                  </ActionButton>
                  <ActionButton action={dismissTransferAction} fields={{ transferId: t.id }} pendingLabel="Dismissing…">
                    Dismiss
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
        title="Import a bank statement"
        className="mt-10 rounded-xl border border-line bg-surface p-4"
      >
        <p className="mb-4 mt-1 text-sm text-muted">
          Rows imported before are recognised by their transaction ID and skipped.
        </p>
        <StatementImport />
      </LabelledSection>
    </>
  );
}
