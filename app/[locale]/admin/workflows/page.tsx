import { Link } from '@/i18n/navigation';
import { DataTable } from '@/components/admin/data-table';
import { FilterForm } from '@/components/admin/filter-form';
import { Pager } from '@/components/admin/pager';
import { StatusBadge } from '@/components/admin/status-badge';
import { buttonClass } from '@/components/ui/button';
import { listAdminWorkflows } from '@/db/queries/admin/workflows';
import { formatDateTime } from '@/lib/format-date-time';
import { adminList } from '@/server/pages';
import { formatPrice } from '@/lib/site';
import { firstParam, type SearchParams } from '@/lib/validations/admin/common';
import { workflowListFilters } from '@/lib/validations/admin/workflows';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Workflows' };

export default async function AdminWorkflowsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { params, result } = await adminList(searchParams, workflowListFilters, listAdminWorkflows);
  const deleted = firstParam((await searchParams).deleted);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Workflows</h1>
        <Link href="/admin/workflows/new" className={buttonClass('primary')}>
          New workflow
        </Link>
      </div>
      {deleted ? (
        <p role="status" className="mt-4 rounded-lg bg-green-50 px-3 py-2 text-sm text-success">
          Workflow deleted.
        </p>
      ) : null}
      <FilterForm label="Workflows" filters={workflowListFilters} values={params} />
      <p className="mt-4 text-sm text-muted">{result.total} workflows</p>
      <DataTable
        columns={['Title', 'Status', 'Price', 'Sales', 'Updated']}
        isEmpty={result.rows.length === 0}
        empty="No workflows match."
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
                <StatusBadge tone="good">Active</StatusBadge>
              ) : (
                <StatusBadge tone="neutral">Expired</StatusBadge>
              )}
            </td>
            <td className="whitespace-nowrap">{formatPrice(w.price)}</td>
            <td>{w.salesCount}</td>
            <td className="whitespace-nowrap">{formatDateTime(w.updatedAt)}</td>
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
