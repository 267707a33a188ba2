import Link from 'next/link';
import { Pager } from '@/components/admin/pager';
import { StatusBadge } from '@/components/admin/status-badge';
import { buttonClass } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { listAdminUsers } from '@/db/queries/admin/users';
import { formatDateTime } from '@/lib/admin/format';
import { requireAdmin } from '@/lib/auth/guards';
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
      <form method="get" role="search" aria-label="Users" className="mt-6 flex flex-wrap items-end gap-3">
        <div className="min-w-60 flex-1">
          <label htmlFor="users-q" className="block text-sm font-medium">
            Search users
          </label>
          <input id="users-q" type="search" name="q" defaultValue={params.q} placeholder="Name or email" className={inputClass} />
        </div>
        <div>
          <label htmlFor="users-role" className="block text-sm font-medium">
            Role
          </label>
          <select id="users-role" name="role" defaultValue={params.role} className={inputClass}>
            <option value="all">All roles</option>
            <option value="USER">Shoppers</option>
            <option value="ADMIN">Admins</option>
          </select>
        </div>
        <div>
          <label htmlFor="users-state" className="block text-sm font-medium">
            Account
          </label>
          <select id="users-state" name="state" defaultValue={params.state} className={inputClass}>
            <option value="all">All accounts</option>
            <option value="active">Active</option>
            <option value="disabled">Disabled</option>
          </select>
        </div>
        <button type="submit" className={buttonClass('secondary')}>
          Filter
        </button>
      </form>
      <p className="mt-4 text-sm text-muted">{result.total} users</p>
      <div className="mt-2 overflow-x-auto rounded-xl border border-line bg-surface">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-line text-muted">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">Name</th>
              <th scope="col" className="px-4 py-2 font-medium">Email</th>
              <th scope="col" className="px-4 py-2 font-medium">Role</th>
              <th scope="col" className="px-4 py-2 font-medium">Account</th>
              <th scope="col" className="px-4 py-2 font-medium">Purchases</th>
              <th scope="col" className="px-4 py-2 font-medium">Joined</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {result.rows.map((u) => (
              <tr key={u.id}>
                <td className="px-4 py-2">
                  <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-600 hover:underline">
                    {u.name}
                  </Link>
                </td>
                <td className="px-4 py-2">{u.email}</td>
                <td className="px-4 py-2">{u.role === 'ADMIN' ? <StatusBadge tone="neutral">Admin</StatusBadge> : 'Shopper'}</td>
                <td className="px-4 py-2">
                  {u.deletedAt ? (
                    <StatusBadge tone="neutral">Deleted</StatusBadge>
                  ) : u.disabledAt ? (
                    <StatusBadge tone="bad">Disabled</StatusBadge>
                  ) : (
                    <StatusBadge tone="good">Active</StatusBadge>
                  )}
                </td>
                <td className="px-4 py-2">{u.purchaseCount}</td>
                <td className="px-4 py-2 whitespace-nowrap">{formatDateTime(u.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {result.rows.length === 0 ? <p className="p-4 text-sm text-muted">No users match.</p> : null}
      </div>
      <Pager
        path="/admin/users"
        params={{ q: params.q, role: params.role === 'all' ? '' : params.role, state: params.state === 'all' ? '' : params.state }}
        page={result.page}
        pageCount={result.pageCount}
      />
    </>
  );
}
