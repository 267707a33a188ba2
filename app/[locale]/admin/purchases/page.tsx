import { Link } from '@/i18n/navigation';
import { DataTable } from '@/components/admin/data-table';
import { FilterForm } from '@/components/admin/filter-form';
import { Pager } from '@/components/admin/pager';
import {
  ApproveButton,
  ApproveOneForm,
  BULK_FORM_ID,
  BulkApproveForm,
  SelectAllCheckbox,
} from '@/components/admin/purchases/bulk-approve';
import { RejectForm } from '@/components/admin/purchases/reject-form';
import { PurchaseStatusBadge } from '@/components/admin/status-badge';
import { buttonClass } from '@/components/ui/button';
import { listPurchaseQueue } from '@/db/queries/admin/purchases';
import { formatAge } from '@/lib/admin/format';
import { approvePurchaseAction, rejectPurchaseAction, settlePurchasesAction } from '@/actions/admin/purchases';
import { adminList } from '@/server/pages';
import { formatPrice } from '@/lib/site';
import { toMinorUnits } from '@/lib/money';
import type { SearchParams } from '@/lib/validations/admin/common';
import { purchaseListFilters } from '@/lib/validations/admin/purchases';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Purchases' };

export default async function AdminPurchasesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { params, result } = await adminList(searchParams, purchaseListFilters, listPurchaseQueue);
  const now = new Date();
  const pending = params.status === 'PENDING';
  const exportQuery = new URLSearchParams({ status: params.status, ...(params.q ? { q: params.q } : {}) });
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Purchases</h1>
        <div className="flex flex-wrap gap-2">
          <a href={`/admin/purchases/export?${exportQuery}`} className={buttonClass('secondary')} download>
            Export purchases (CSV)
          </a>
          <a href="/admin/invoices/export" className={buttonClass('secondary')} download>
            Export invoices (CSV)
          </a>
        </div>
      </div>
      <FilterForm label="Purchases" filters={purchaseListFilters} values={params} />
      <p className="mt-4 text-sm text-muted">
        {result.total} purchase{result.total === 1 ? '' : 's'}
        {pending ? ', the longest wait first' : ', newest first'}
      </p>
      {pending ? (
        <div className="mt-2 space-y-2">
          <BulkApproveForm action={settlePurchasesAction} />
          <ApproveOneForm action={approvePurchaseAction} />
        </div>
      ) : null}
      <DataTable
        caption="Purchases"
        columns={[
          ...(pending ? [<SelectAllCheckbox key="all" />] : []),
          'Buyer',
          'Workflow',
          'Amount',
          'Reference',
          pending ? 'Waiting' : 'Created',
          'Status',
          ...(pending ? ['Actions'] : []),
        ]}
        isEmpty={result.rows.length === 0}
        empty={pending ? 'Nothing waits for approval.' : 'No purchases match.'}
      >
        {result.rows.map((p) => (
          <tr key={p.id} className="align-top">
            {pending ? (
              <td>
                <input
                  type="checkbox"
                  name="purchaseIds"
                  value={p.id}
                  form={BULK_FORM_ID}
                  aria-label={`Select ${p.transferReference}`}
                />
              </td>
            ) : null}
            <td>
              <Link href={`/admin/users/${p.buyerId}`} className="font-medium text-brand-600 hover:underline">
                {p.buyerName}
              </Link>
              <span className="block text-xs text-muted">{p.buyerEmail}</span>
            </td>
            <td>{p.workflowTitle}</td>
            <td>
              <span className="whitespace-nowrap">{formatPrice(p.amount)}</span>
              {p.wrongTransfer ? <WrongTransfer amount={p.wrongTransfer} due={p.amount} /> : null}
            </td>
            <td>
              <Link href={`/admin/purchases/${p.id}`} className="font-mono text-brand-600 hover:underline">
                {p.transferReference}
              </Link>
            </td>
            <td className="whitespace-nowrap">{formatAge(p.createdAt, now)}</td>
            <td>
              <PurchaseStatusBadge status={p.status} rejectReason={p.rejectReason} />
              {p.rejectReason ? <span className="mt-1 block max-w-56 text-xs text-muted">{p.rejectReason}</span> : null}
            </td>
            {pending ? (
              <td>
                <div className="flex flex-wrap items-start gap-2">
                  <ApproveButton purchaseId={p.id} />
                  <RejectForm purchaseId={p.id} action={rejectPurchaseAction} collapsible />
                </div>
              </td>
            ) : null}
          </tr>
        ))}
      </DataTable>
      <Pager
        path="/admin/purchases"
        params={purchaseListFilters.query(params)}
        page={result.page}
        pageCount={result.pageCount}
      />
    </>
  );
}

/** A transfer named this reference with another amount: it waits at /admin/payments to be linked or refunded. */
function WrongTransfer({ amount, due }: { amount: string; due: string }) {
  const less = toMinorUnits(amount) < toMinorUnits(due);
  return (
    <Link href="/admin/payments" className="mt-1 block max-w-56 text-xs font-medium text-warning hover:underline">
      Wrong amount received: {formatPrice(amount)} ({less ? 'less' : 'more'} than due)
    </Link>
  );
}
