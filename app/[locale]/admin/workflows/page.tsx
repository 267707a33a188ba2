import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { Link } from '@/i18n/navigation';
import { DataTable } from '@/components/admin/data-table';
import { FilterForm } from '@/components/admin/filter-form';
import { Pager } from '@/components/admin/pager';
import { StatusBadge } from '@/components/admin/status-badge';
import { buttonClass } from '@/components/ui/button-class';
import { listAdminWorkflows } from '@/db/queries/admin/workflows';
import { formatDateTime } from '@/lib/format-date-time';
import { adminList } from '@/server/pages';
import { formatNumber, formatPrice } from '@/lib/site';
import { firstParam, type SearchParams } from '@/lib/validations/admin/common';
import { workflowListFilters } from '@/lib/validations/admin/workflows';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'admin' });
  return { title: t('workflows.title') };
}

export default async function AdminWorkflowsPage({
  params: routeParams,
  searchParams,
}: {
  params: LocaleParams;
  searchParams: Promise<SearchParams>;
}) {
  const locale = await pageLocale(routeParams);
  const { params, result } = await adminList(searchParams, workflowListFilters, listAdminWorkflows);
  const deleted = firstParam((await searchParams).deleted);
  const t = await getTranslations('admin');
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('workflows.title')}</h1>
        <Link href="/admin/workflows/new" className={buttonClass('primary')}>
          {t('workflows.new')}
        </Link>
      </div>
      {deleted ? (
        <p role="status" className="mt-4 rounded-lg bg-green-50 px-3 py-2 text-sm text-success">
          {t('workflows.deleted')}
        </p>
      ) : null}
      <FilterForm list="workflows" filters={workflowListFilters} values={params} />
      <p className="mt-4 text-sm text-muted">{t('workflows.count', { count: result.total })}</p>
      <DataTable
        columns={[
          t('workflows.columnTitle'),
          t('workflows.columnStatus'),
          t('workflows.columnPrice'),
          t('workflows.columnSales'),
          t('workflows.columnUpdated'),
        ]}
        isEmpty={result.rows.length === 0}
        empty={t('workflows.empty')}
      >
        {result.rows.map((w) => (
          <tr key={w.id}>
            <td>
              <Link href={`/admin/workflows/${w.id}`} className="font-medium text-brand-600 hover:underline">
                {w.title}
              </Link>
              <span className="block text-xs text-muted">/workflows/{w.slug}</span>
            </td>
            <td>
              {w.status === 'active' ? (
                <StatusBadge tone="good">{t('workflows.active')}</StatusBadge>
              ) : (
                <StatusBadge tone="neutral">{t('workflows.expired')}</StatusBadge>
              )}
            </td>
            <td className="whitespace-nowrap">{formatPrice(w.price, locale)}</td>
            <td>{formatNumber(w.salesCount, locale)}</td>
            <td className="whitespace-nowrap">{formatDateTime(w.updatedAt, locale)}</td>
          </tr>
        ))}
      </DataTable>
      <Pager
        path="/admin/workflows"
        params={workflowListFilters.query(params)}
        page={result.page}
        pageCount={result.pageCount}
      />
    </>
  );
}
