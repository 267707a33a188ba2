import { Link } from '@/i18n/navigation';
import { DataTable } from '@/components/admin/data-table';
import { FilterForm } from '@/components/admin/filter-form';
import { Pager } from '@/components/admin/pager';
import { AccountBadge } from '@/components/admin/status-badge';
import { listAdminUsers } from '@/db/queries/admin/users';
import { formatDateTime } from '@/lib/format-date-time';
import { adminList } from '@/server/pages';
import type { SearchParams } from '@/lib/validations/admin/common';
import { userListFilters } from '@/lib/validations/admin/users';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Users' };

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { params, result } = await adminList(searchParams, userListFilters, listAdminUsers);
  return (
    <>
      <h1 className="text-2xl font-semibold">Users</h1>
      <FilterForm list="users" filters={userListFilters} values={params} />
      <p className="mt-4 text-sm text-muted">{result.total} users</p>
      <DataTable
        columns={['Name', 'Email', 'Role', 'Account', 'Purchases', 'Joined']}
        isEmpty={result.rows.length === 0}
        empty="No users match."
      >
        {result.rows.map((u) => (
          <tr key={u.id}>
            <td>
              <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-600 hover:underline">
                {u.name}
              </Link>
            </td>
            <td>{u.email}</td>
            <td>{u.role === 'ADMIN' ? 'Admin' : 'Shopper'}</td>
            <td>
              <AccountBadge user={u} />
            </td>
            <td>{u.purchaseCount}</td>
            <td className="whitespace-nowrap">{formatDateTime(u.createdAt)}</td>
          </tr>
        ))}
      </DataTable>
      <Pager
        path="/admin/users"
        params={userListFilters.query(params)}
        page={result.page}
        pageCount={result.pageCount}
      />
    </>
  );
}
