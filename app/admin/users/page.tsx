import Link from 'next/link';
import { DataTable } from '@/components/admin/data-table';
import { FilterForm, SearchFilter, SelectFilter } from '@/components/admin/filter-form';
import { Pager } from '@/components/admin/pager';
import { AccountBadge } from '@/components/admin/status-badge';
import { listAdminUsers } from '@/db/queries/admin/users';
import { formatDateTime } from '@/lib/admin/format';
import { requireAdmin } from '@/server/auth/guards';
import { parseUserListParams } from '@/lib/validations/admin/users';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Users' };

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requireAdmin();
  const params = parseUserListParams(await searchParams);
  const result = await listAdminUsers(admin.id, params);
  return (
    <>
      <h1 className="text-2xl font-semibold">Users</h1>
      <FilterForm label="Users">
        <SearchFilter id="users-q" label="Search users" value={params.q} placeholder="Name or email" />
        <SelectFilter
          id="users-role"
          name="role"
          label="Role"
          value={params.role}
          options={[['all', 'All roles'], ['USER', 'Shoppers'], ['ADMIN', 'Admins']]}
        />
        <SelectFilter
          id="users-state"
          name="state"
          label="Account"
          value={params.state}
          options={[['all', 'All accounts'], ['active', 'Active'], ['disabled', 'Disabled']]}
        />
      </FilterForm>
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
        params={{ q: params.q, role: params.role === 'all' ? '' : params.role, state: params.state === 'all' ? '' : params.state }}
        page={result.page}
        pageCount={result.pageCount}
      />
    </>
  );
}
