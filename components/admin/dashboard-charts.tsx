'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

const BRAND = '#1f57d1';
const GRID = '#e2e8f0';
/**
 * One day's revenue: `revenue` only sizes the bar (a float is fine for a scale); what a reader sees is
 * `revenueLabel`, the exact amount formatted on the server in the shop's currency (formatPrice).
 */
export type RevenuePoint = { day: string; dayLabel: string; revenue: number; revenueLabel: string; sales: number };

/** The tooltip line of a revenue bar: its exact label, never the float behind the bar. */
export function revenueTooltip(point: RevenuePoint, name: string): [string, string] {
  return [point.revenueLabel, name];
}

// accessibilityLayer={false}: each chart is drawn for the eye only (ChartFigure hides it from assistive
// technology and gives its numbers as a table), so it takes no keyboard focus inside its aria-hidden box.

/** Revenue per day; the day labels are the server's ("30 Oct"); the axis is compact ("1.2M"), the tooltip exact. */
export function RevenueChart({ data }: { data: RevenuePoint[] }) {
  const t = useTranslations('admin');
  const compact = new Intl.NumberFormat(useLocale(), { notation: 'compact', maximumFractionDigits: 1 });
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="dayLabel" tick={{ fontSize: 12 }} minTickGap={16} />
        <YAxis tickFormatter={(v: number) => compact.format(v)} tick={{ fontSize: 12 }} width={56} />
        <Tooltip
          formatter={(_value, _name, item) => revenueTooltip(item.payload as RevenuePoint, t('dashboard.revenue'))}
        />
        <Bar dataKey="revenue" fill={BRAND} radius={[3, 3, 0, 0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

export type CategoryPoint = { category: string; sales: number };

export function CategoryChart({ data }: { data: CategoryPoint[] }) {
  const t = useTranslations('admin');
  return (
    <ResponsiveContainer width="100%" height={Math.max(200, data.length * 32)}>
      <BarChart
        accessibilityLayer={false}
        data={data}
        layout="vertical"
        margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
      >
        <CartesianGrid stroke={GRID} horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="category" width={140} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(value) => [value as number, t('dashboard.sales')]} />
        <Bar dataKey="sales" fill={BRAND} radius={[0, 4, 4, 0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

export type ApprovalPoint = { label: string; purchases: number };

export function ApprovalChart({ data }: { data: ApprovalPoint[] }) {
  const t = useTranslations('admin');
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={40} />
        <Tooltip formatter={(value) => [value as number, t('dashboard.purchases')]} />
        <Bar dataKey="purchases" fill={BRAND} radius={[4, 4, 0, 0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
