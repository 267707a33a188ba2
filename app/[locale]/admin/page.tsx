import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { ChartFigure } from '@/components/admin/chart-figure';
import { AuditList } from '@/components/admin/audit-list';
import { ApprovalChart, CategoryChart, RevenueChart } from '@/components/admin/dashboard-charts';
import { listRecentActivity } from '@/db/queries/admin/audit';
import { getDashboardCharts, getDashboardFigures } from '@/db/queries/admin/dashboard';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { formatAge, formatBucket, formatMinutes } from '@/lib/admin/format';
import { formatDay } from '@/lib/format-date-time';
import { requireAdmin } from '@/server/auth/guards';
import { formatNumber, formatPrice } from '@/lib/site';
import { LabelledSection } from '@/components/ui/labelled-section';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'admin' });
  return { title: t('dashboard.title') };
}

export default async function AdminDashboardPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const admin = await requireAdmin();
  const t = await getTranslations('admin');
  const now = new Date();
  const [f, charts, activity] = await Promise.all([
    getDashboardFigures(admin.id, now),
    getDashboardCharts(admin.id, now),
    listRecentActivity(admin.id),
  ]);
  const count = (n: number) => formatNumber(n, locale);
  const figures = [
    { label: t('dashboard.revenueToday'), value: formatPrice(f.revenueToday, locale) },
    { label: t('dashboard.revenue30Days'), value: formatPrice(f.revenue30Days, locale) },
    { label: t('dashboard.revenueAllTime'), value: formatPrice(f.revenueAllTime, locale) },
    { label: t('dashboard.pending'), value: count(f.pending), href: '/admin/purchases?status=PENDING' },
    { label: t('dashboard.approved'), value: count(f.approved), href: '/admin/purchases?status=ACTIVE' },
    { label: t('dashboard.rejected'), value: count(f.rejected), href: '/admin/purchases?status=REJECT' },
    {
      label: t('dashboard.oldestPending'),
      value: f.oldestPendingAt ? formatAge(f.oldestPendingAt, now, locale) : t('dashboard.noneWaiting'),
    },
    { label: t('dashboard.shoppers'), value: count(f.shoppers), href: '/admin/users' },
    { label: t('dashboard.activeWorkflows'), value: count(f.activeWorkflows), href: '/admin/workflows?status=active' },
    { label: t('dashboard.openMessages'), value: count(f.openMessages), href: '/admin/messages' },
  ];
  const median = charts.medianApprovalMinutes;
  // The bar heights need numbers (a scale, not a figure anyone reads); every label is the exact amount.
  const revenueByDay = charts.revenueByDay.map((d) => ({
    day: d.day,
    dayLabel: formatDay(d.day, locale),
    revenue: Number(d.revenue),
    revenueLabel: formatPrice(d.revenue, locale),
    sales: d.sales,
  }));
  const approvalTime = charts.approvalTime.map((b) => ({ ...b, label: formatBucket(b.label, locale) }));
  return (
    <>
      <h1 className="text-2xl font-semibold">{t('dashboard.heading')}</h1>
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
            title={t('dashboard.revenuePerDay')}
            caption={t('dashboard.revenuePerDayCaption')}
            columns={[
              { key: 'day', label: t('dashboard.day') },
              { key: 'revenue', label: t('dashboard.revenue') },
              { key: 'sales', label: t('dashboard.sales') },
            ]}
            rows={revenueByDay.map((d) => ({ day: d.dayLabel, revenue: d.revenueLabel, sales: d.sales }))}
          >
            <RevenueChart data={revenueByDay} />
          </ChartFigure>
        </div>
        <ChartFigure
          title={t('dashboard.salesByCategory')}
          caption={t('dashboard.salesByCategoryCaption')}
          columns={[
            { key: 'category', label: t('dashboard.category') },
            { key: 'sales', label: t('dashboard.sales') },
            { key: 'revenue', label: t('dashboard.revenue') },
          ]}
          rows={charts.salesByCategory.map((c) => ({ ...c, revenue: formatPrice(c.revenue, locale) }))}
        >
          <CategoryChart data={charts.salesByCategory} />
        </ChartFigure>
        <ChartFigure
          title={t('dashboard.approvalTime')}
          caption={
            median === null
              ? t('dashboard.approvalTimeCaption')
              : t('dashboard.approvalTimeCaptionMedian', { median: formatMinutes(median, locale) })
          }
          columns={[
            { key: 'label', label: t('dashboard.waited') },
            { key: 'purchases', label: t('dashboard.purchases') },
          ]}
          rows={approvalTime}
        >
          <ApprovalChart data={approvalTime} />
        </ChartFigure>
      </div>
      <LabelledSection
        id="activity-heading"
        title={t('dashboard.activity')}
        className="mt-8 rounded-xl border border-line bg-surface p-4"
      >
        <div className="mt-2">
          <AuditList items={activity} />
        </div>
      </LabelledSection>
    </>
  );
}
