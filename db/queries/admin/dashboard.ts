import 'server-only';
import { sql } from 'drizzle-orm';
import { db, queryRows } from '@/db';
import { shopTimeZone } from '@/lib/format-date-time';
import { assertActiveAdmin } from './guard';

export type DashboardFigures = {
  revenueToday: string;
  revenue30Days: string;
  revenueAllTime: string;
  pending: number;
  approved: number;
  rejected: number;
  shoppers: number;
  activeWorkflows: number;
  openMessages: number;
  /** When the oldest purchase still waiting for a decision was created, or null when none waits. */
  oldestPendingAt: Date | null;
};

export type RevenueDay = { day: string; revenue: string; sales: number };
export type CategorySales = { category: string; sales: number; revenue: string };
export type ApprovalBucket = { label: string; purchases: number };
export type DashboardCharts = {
  revenueByDay: RevenueDay[];
  salesByCategory: CategorySales[];
  approvalTime: ApprovalBucket[];
  medianApprovalMinutes: number | null;
};

/** The headline figures. Revenue counts ACTIVE (paid) purchases on the day they were approved. */
export async function getDashboardFigures(adminId: string, now = new Date()): Promise<DashboardFigures> {
  await assertActiveAdmin(db, adminId);
  const at = sql`${now.toISOString()}::timestamptz`;
  const tz = sql.raw(`'${shopTimeZone()}'`); // (a validated IANA name: lib/env.ts) days of the shop's reports start at midnight in its time zone
  const [row] = await queryRows<{
    revenue_today: string;
    revenue_30: string;
    revenue_all: string;
    pending: number;
    approved: number;
    rejected: number;
    oldest_pending: string | Date | null;
    shoppers: number;
    active_workflows: number;
    open_messages: number;
  }>(
    db,
    sql`select
      (select coalesce(sum(amount), 0)::text from purchases where status = 'ACTIVE'
         and reviewed_at >= (date_trunc('day', ${at} at time zone ${tz}) at time zone ${tz})) as revenue_today,
      (select coalesce(sum(amount), 0)::text from purchases where status = 'ACTIVE'
         and reviewed_at >= ${at} - interval '30 days') as revenue_30,
      (select coalesce(sum(amount), 0)::text from purchases where status = 'ACTIVE') as revenue_all,
      (select count(*)::int from purchases where status = 'PENDING') as pending,
      (select count(*)::int from purchases where status = 'ACTIVE') as approved,
      (select count(*)::int from purchases where status = 'REJECT') as rejected,
      (select min(created_at) from purchases where status = 'PENDING') as oldest_pending,
      (select count(*)::int from users where role = 'USER' and deleted_at is null) as shoppers,
      (select count(*)::int from workflows where status = 'active') as active_workflows,
      (select count(*)::int from contact_messages where resolved_at is null) as open_messages`,
  );
  if (!row) throw new Error('dashboard figures query returned no row');
  return {
    revenueToday: row.revenue_today,
    revenue30Days: row.revenue_30,
    revenueAllTime: row.revenue_all,
    pending: Number(row.pending),
    approved: Number(row.approved),
    rejected: Number(row.rejected),
    shoppers: Number(row.shoppers),
    activeWorkflows: Number(row.active_workflows),
    openMessages: Number(row.open_messages),
    oldestPendingAt: row.oldest_pending ? new Date(row.oldest_pending) : null,
  };
}

const BUCKETS: ReadonlyArray<{ label: string; upTo: number }> = [
  { label: '< 15 min', upTo: 15 },
  { label: '15–60 min', upTo: 60 },
  { label: '1–4 h', upTo: 240 },
  { label: '4–12 h', upTo: 720 },
  { label: '12–24 h', upTo: 1440 },
  { label: '> 24 h', upTo: Number.POSITIVE_INFINITY },
];

/** Revenue per day for the last 30 days, sales by category, and how long approved purchases waited. */
export async function getDashboardCharts(adminId: string, now = new Date()): Promise<DashboardCharts> {
  await assertActiveAdmin(db, adminId);
  const at = sql`${now.toISOString()}::timestamptz`;
  const tz = sql.raw(`'${shopTimeZone()}'`);
  const [days, categories, waits] = await Promise.all([
    queryRows<{ day: string; revenue: string; sales: number }>(
      db,
      sql`with bounds as (select (${at} at time zone ${tz})::date as today),
      days as (
        select (b.today - g.n) as day from bounds b, generate_series(0, 29) as g(n)
      ),
      paid as (
        select (reviewed_at at time zone ${tz})::date as day, sum(amount) as revenue, count(*)::int as sales
        from purchases, bounds b
        where status = 'ACTIVE' and reviewed_at >= (b.today - 29)::timestamp at time zone ${tz}
        group by 1
      )
      select to_char(d.day, 'YYYY-MM-DD') as day, coalesce(p.revenue, 0)::text as revenue,
             coalesce(p.sales, 0)::int as sales
      from days d left join paid p on p.day = d.day
      order by d.day`,
    ),
    queryRows<{ category: string; sales: number; revenue: string }>(
      db,
      sql`select c.name as category, count(p.id)::int as sales, coalesce(sum(p.amount), 0)::text as revenue
      from categories c
      join workflow_categories wc on wc.category_id = c.id
      join purchases p on p.workflow_id = wc.workflow_id and p.status = 'ACTIVE'
      group by c.id, c.name
      order by sales desc, c.name`,
    ),
    queryRows<{ minutes: number }>(
      db,
      sql`select extract(epoch from (reviewed_at - created_at)) / 60 as minutes
      from purchases
      where status = 'ACTIVE' and reviewed_at is not null and reviewed_at >= ${at} - interval '30 days'`,
    ),
  ]);
  const minutes = waits.map((w) => Number(w.minutes)).sort((a, b) => a - b);
  const approvalTime = BUCKETS.map((b) => ({ label: b.label, purchases: 0 }));
  for (const m of minutes) {
    const index = BUCKETS.findIndex((b) => m < b.upTo);
    approvalTime[index]!.purchases += 1;
  }
  return {
    revenueByDay: days.map((d) => ({ day: d.day, revenue: d.revenue, sales: Number(d.sales) })),
    salesByCategory: categories.map((c) => ({ category: c.category, sales: Number(c.sales), revenue: c.revenue })),
    approvalTime,
    medianApprovalMinutes: median(minutes),
  };
}

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value);
}
