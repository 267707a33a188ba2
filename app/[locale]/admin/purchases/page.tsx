import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import type { Locale } from '@/i18n/routing';
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
import { buttonClass } from '@/components/ui/button-class';
import { listPurchaseQueue } from '@/db/queries/admin/purchases';
import { formatAge } from '@/lib/admin/format';
import { approvePurchaseAction, rejectPurchaseAction, settlePurchasesAction } from '@/actions/admin/purchases';
import { adminList } from '@/server/pages';
import { formatPrice } from '@/lib/site';
import { toMinorUnits } from '@/lib/money';
import type { SearchParams } from '@/lib/validations/admin/common';
import { purchaseListFilters } from '@/lib/validations/admin/purchases';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'admin' });
  return { title: t('purchases.title') };
}

export default async function AdminPurchasesPage({
  params: routeParams,
  searchParams,
}: {
  params: LocaleParams;
  searchParams: Promise<SearchParams>;
}) {
  const locale = await pageLocale(routeParams);
  const { params, result } = await adminList(searchParams, purchaseListFilters, listPurchaseQueue);
  const t = await getTranslations('admin');
  const now = new Date();
  const pending = params.status === 'PENDING';
  const exportQuery = new URLSearchParams({ status: params.status, ...(params.q ? { q: params.q } : {}) });
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('purchases.title')}</h1>
        <div className="flex flex-wrap gap-2">
          <a href={`/admin/purchases/export?${exportQuery}`} className={buttonClass('secondary')} download>
            {t('purchases.exportPurchases')}
          </a>
          <a href="/admin/invoices/export" className={buttonClass('secondary')} download>
            {t('purchases.exportInvoices')}
          </a>
        </div>
      </div>
      <FilterForm list="purchases" filters={purchaseListFilters} values={params} />
      <p className="mt-4 text-sm text-muted">
        {t(pending ? 'purchases.countPending' : 'purchases.count', { count: result.total })}
      </p>
      {pending ? (
        <div className="mt-2 space-y-2">
          <BulkApproveForm action={settlePurchasesAction} />
          <ApproveOneForm action={approvePurchaseAction} />
        </div>
      ) : null}
      <DataTable
        caption={t('purchases.title')}
        columns={[
          ...(pending ? [<SelectAllCheckbox key="all" />] : []),
          t('purchases.buyer'),
          t('purchases.workflow'),
          t('purchases.amount'),
          t('purchases.reference'),
          t(pending ? 'purchases.waiting' : 'purchases.created'),
          t('purchases.status'),
          ...(pending ? [t('purchases.actions')] : []),
        ]}
        isEmpty={result.rows.length === 0}
        empty={t(pending ? 'purchases.emptyPending' : 'purchases.empty')}
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
                  aria-label={t('purchases.select', { reference: p.transferReference })}
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
              <span className="whitespace-nowrap">{formatPrice(p.amount, locale)}</span>
              {p.wrongTransfer ? <WrongTransfer amount={p.wrongTransfer} due={p.amount} locale={locale} /> : null}
            </td>
            <td>
              <Link href={`/admin/purchases/${p.id}`} className="font-mono text-brand-600 hover:underline">
                {p.transferReference}
              </Link>
            </td>
            <td className="whitespace-nowrap">{formatAge(p.createdAt, now, locale)}</td>
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
async function WrongTransfer({ amount, due, locale }: { amount: string; due: string; locale: Locale }) {
  const t = await getTranslations('admin');
  const less = toMinorUnits(amount) < toMinorUnits(due);
  return (
    <Link href="/admin/payments" className="mt-1 block max-w-56 text-xs font-medium text-warning hover:underline">
      {t(less ? 'purchases.wrongAmountLess' : 'purchases.wrongAmountMore', { amount: formatPrice(amount, locale) })}
    </Link>
  );
}
