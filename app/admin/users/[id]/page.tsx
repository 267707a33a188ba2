import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/admin/action-button';
import { DataTable } from '@/components/admin/data-table';
import { BackLink, HistorySection } from '@/components/admin/page-parts';
import { AccountBadge, PurchaseStatusBadge } from '@/components/admin/status-badge';
import { listAuditEntries } from '@/db/queries/admin/audit';
import { getAdminUser } from '@/db/queries/admin/users';
import { formatDateTime } from '@/lib/admin/format';
import { setUserDisabledAction, setUserRoleAction } from '@/actions/admin/users';
import { requireAdmin } from '@/server/auth/guards';
import { formatPrice } from '@/lib/site';
import { idSchema } from '@/lib/validations/admin/common';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'User' };

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireAdmin();
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const [user, audit] = await Promise.all([getAdminUser(admin.id, id.data), listAuditEntries(admin.id, 'user', id.data)]);
  if (!user) notFound();
  const self = user.id === admin.id;
  return (
    <>
      <BackLink href="/admin/users">All users</BackLink>
      <h1 className="mt-2 text-2xl font-semibold">{user.name}</h1>
      <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-muted">Email</dt>
        <dd>{user.email}</dd>
        <dt className="text-muted">Role</dt>
        <dd>{user.role === 'ADMIN' ? 'Admin' : 'Shopper'}</dd>
        <dt className="text-muted">Account</dt>
        <dd>
          <AccountBadge user={user} />
          {user.disabledAt ? <span className="ml-2 text-muted">since {formatDateTime(user.disabledAt)}</span> : null}
        </dd>
        <dt className="text-muted">Joined</dt>
        <dd>{formatDateTime(user.createdAt)}</dd>
      </dl>
      {user.deletedAt ? null : (
        <section aria-labelledby="manage-heading" className="mt-6 rounded-xl border border-line bg-surface p-4">
          <h2 id="manage-heading" className="font-semibold">
            Manage account
          </h2>
          {self ? (
            <p className="mt-1 text-sm text-muted">This is your own account. The last admin cannot demote or disable themself.</p>
          ) : null}
          <div className="mt-3 flex flex-col gap-3">
            <ActionButton
              action={setUserRoleAction}
              fields={{ userId: user.id, role: user.role === 'ADMIN' ? 'USER' : 'ADMIN' }}
              pendingLabel="Saving…"
            >
              {user.role === 'ADMIN' ? 'Make shopper' : 'Make admin'}
            </ActionButton>
            <ActionButton
              action={setUserDisabledAction}
              fields={{ userId: user.id, disabled: user.disabledAt ? 'false' : 'true' }}
              variant={user.disabledAt ? 'secondary' : 'danger'}
              pendingLabel="Saving…"
            >
              {user.disabledAt ? 'Re-enable account' : 'Disable account'}
            </ActionButton>
          </div>
        </section>
      )}
      <section aria-labelledby="purchases-heading" className="mt-8">
        <h2 id="purchases-heading" className="font-semibold">
          Purchases ({user.purchases.length})
        </h2>
        {user.purchases.length === 0 ? (
          <p className="mt-2 text-sm text-muted">No purchases yet.</p>
        ) : (
          <DataTable columns={['Workflow', 'Amount', 'Status', 'Reference', 'Created']} isEmpty={false} empty="">
            {user.purchases.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link href={`/admin/purchases/${p.id}`} className="text-brand-600 hover:underline">
                    {p.workflowTitle}
                  </Link>
                </td>
                <td className="whitespace-nowrap">{formatPrice(p.amount)}</td>
                <td>
                  <PurchaseStatusBadge status={p.status} />
                </td>
                <td className="font-mono">{p.transferReference}</td>
                <td className="whitespace-nowrap">{formatDateTime(p.createdAt)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      <HistorySection items={audit} />
    </>
  );
}
