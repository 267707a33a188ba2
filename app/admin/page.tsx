import { getAdminOverview } from '@/db/queries/admin-dashboard';
import { requireAdmin } from '@/lib/auth/guards';

export const dynamic = 'force-dynamic';

export default async function AdminDashboardPage() {
  await requireAdmin();
  const o = await getAdminOverview();
  const figures = [
    { label: 'Pending purchases', value: o.pendingPurchases },
    { label: 'Shoppers', value: o.shoppers },
    { label: 'Active workflows', value: o.activeWorkflows },
    { label: 'Open contact messages', value: o.openMessages },
  ];
  return (
    <>
      <h1 className="text-2xl font-semibold">Admin dashboard</h1>
      <dl className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {figures.map((f) => (
          <div key={f.label} className="rounded-xl border border-line bg-surface p-4">
            <dt className="text-sm text-muted">{f.label}</dt>
            <dd className="mt-1 text-3xl font-semibold">{f.value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
