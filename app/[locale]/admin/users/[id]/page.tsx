import { Link } from '@/i18n/navigation';
import { ActionButton } from '@/components/admin/action-button';
import { DataTable } from '@/components/admin/data-table';
import { BackLink, HistorySection, ToggleButton } from '@/components/admin/page-parts';
import { AccountBadge, PurchaseStatusBadge } from '@/components/admin/status-badge';
import { getAdminUser } from '@/db/queries/admin/users';
import { formatDateTime } from '@/lib/format-date-time';
import { setUserDisabledAction, setUserRoleAction } from '@/actions/admin/users';
import { adminEntity } from '@/server/pages';
import { formatPrice } from '@/lib/site';
import { LabelledSection } from '@/components/ui/labelled-section';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'User' };

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { admin, row: user, history } = await adminEntity(params, 'user', getAdminUser);
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
        <LabelledSection
          id="manage-heading"
          title="Manage account"
          className="mt-6 rounded-xl border border-line bg-surface p-4"
        >
          {self ? (
            <p className="mt-1 text-sm text-muted">
              This is your own account. The last admin cannot demote or disable themself.
            </p>
          ) : null}
          <div className="mt-3 flex flex-col gap-3">
            <ActionButton
              action={setUserRoleAction}
              fields={{ userId: user.id, role: user.role === 'ADMIN' ? 'USER' : 'ADMIN' }}
              pendingLabel="Saving…"
            >
              {user.role === 'ADMIN' ? 'Make shopper' : 'Make admin'}
            </ActionButton>
            <ToggleButton
              action={setUserDisabledAction}
              fields={{ userId: user.id }}
              flag="disabled"
              on={user.disabledAt !== null}
              turnOn="Disable account"
              turnOff="Re-enable account"
              confirmOn={{
                question: `Disable ${user.email}? They are signed out everywhere and cannot sign in until re-enabled.`,
                yes: 'Yes, disable account',
              }}
              danger
            />
          </div>
        </LabelledSection>
      )}
      <LabelledSection id="purchases-heading" title={<>Purchases ({user.purchases.length})</>} className="mt-8">
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
                  <PurchaseStatusBadge status={p.status} rejectReason={p.rejectReason} />
                </td>
                <td className="font-mono">{p.transferReference}</td>
                <td className="whitespace-nowrap">{formatDateTime(p.createdAt)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </LabelledSection>
      <HistorySection items={history} />
    </>
  );
}
