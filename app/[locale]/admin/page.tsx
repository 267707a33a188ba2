import { Link } from '@/i18n/navigation';
import { ChartFigure } from '@/components/admin/chart-figure';
import { AuditList } from '@/components/admin/audit-list';
import { ApprovalChart, CategoryChart, RevenueChart } from '@/components/admin/dashboard-charts';
import { listRecentActivity } from '@/db/queries/admin/audit';
import { getDashboardCharts, getDashboardFigures } from '@/db/queries/admin/dashboard';
import { formatAge, formatMinutes } from '@/lib/admin/format';
import { formatDay } from '@/lib/format-date-time';
import { requireAdmin } from '@/server/auth/guards';
import { formatPrice } from '@/lib/site';
import { LabelledSection } from '@/components/ui/labelled-section';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Dashboard' };

export default async function AdminDashboardPage() {
  const admin = await requireAdmin();
  const now = new Date();
  const [f, charts, activity] = await Promise.all([
    getDashboardFigures(admin.id, now),
    getDashboardCharts(admin.id, now),
    listRecentActivity(admin.id),
  ]);
  const figures = [
    { label: 'Revenue today', value: formatPrice(f.revenueToday) },
    { label: 'Revenue, last 30 days', value: formatPrice(f.revenue30Days) },
    { label: 'Revenue, all time', value: formatPrice(f.revenueAllTime) },
    { label: 'Pending purchases', value: f.pending, href: '/admin/purchases?status=PENDING' },
    { label: 'Approved purchases', value: f.approved, href: '/admin/purchases?status=ACTIVE' },
    { label: 'Rejected purchases', value: f.rejected, href: '/admin/purchases?status=REJECT' },
    { label: 'Oldest pending purchase', value: f.oldestPendingAt ? formatAge(f.oldestPendingAt, now) : 'none waiting' },
    { label: 'Shoppers', value: f.shoppers, href: '/admin/users' },
    { label: 'Active workflows', value: f.activeWorkflows, href: '/admin/workflows?status=active' },
    { label: 'Open contact messages', value: f.openMessages, href: '/admin/messages' },
  ];
  const median = charts.medianApprovalMinutes;
  // The bar heights need numbers (a scale, not a figure anyone reads); every label is the exact amount.
  const revenueByDay = charts.revenueByDay.map((d) => ({
    day: d.day,
    dayLabel: formatDay(d.day),
    revenue: Number(d.revenue),
    revenueLabel: formatPrice(d.revenue),
    sales: d.sales,
  }));
  return (
    <>
      <h1 className="text-2xl font-semibold">Admin dashboard</h1>
      <dl className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        {figures.map((fig) => (
          <div key={fig.label} className="rounded-xl border border-line bg-surface p-4">
            <dt className="text-sm text-muted">{fig.label}</dt>
            <dd className="mt-1 text-2xl font-semibold">
              {fig.href ? (
                <Link href={fig.href} className="hover:text-brand-600">
                  {fig.value}
                </Link>
              ) : (
                fig.value
              )}
            </dd>
          </div>
        ))}
      </dl>
      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <div className="lg:col-span-2">
          <ChartFigure
            title="Revenue per day"
            caption="Approved purchases over the last 30 days, by day of approval."
            columns={[
              { key: 'day', label: 'Day' },
              { key: 'revenue', label: 'Revenue' },
              { key: 'sales', label: 'Sales' },
            ]}
            rows={revenueByDay.map((d) => ({ day: d.dayLabel, revenue: d.revenueLabel, sales: d.sales }))}
          >
            <RevenueChart data={revenueByDay} />
          </ChartFigure>
        </div>
        <ChartFigure
          title="Sales by category"
          caption="Approved purchases of all time; a workflow in two categories counts in both."
          columns={[
            { key: 'category', label: 'Category' },
            { key: 'sales', label: 'Sales' },
            { key: 'revenue', label: 'Revenue' },
          ]}
          rows={charts.salesByCategory.map((c) => ({ ...c, revenue: formatPrice(c.revenue) }))}
        >
          <CategoryChart data={charts.salesByCategory} />
        </ChartFigure>
        <ChartFigure
          title="Approval time"
          caption={`How long purchases approved in the last 30 days waited${median === null ? '' : ` (median ${formatMinutes(median)})`}.`}
          columns={[
            { key: 'label', label: 'Waited' },
            { key: 'purchases', label: 'Purchases' },
          ]}
          rows={charts.approvalTime}
        >
          <ApprovalChart data={charts.approvalTime} />
        </ChartFigure>
      </div>
      <LabelledSection
        id="activity-heading"
        title="Recent activity"
        className="mt-8 rounded-xl border border-line bg-surface p-4"
      >
        <div className="mt-2">
          <AuditList items={activity} />
        </div>
      </LabelledSection>
    </>
  );
}
