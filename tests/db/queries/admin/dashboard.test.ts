import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { getDashboardCharts, getDashboardFigures } from '@/db/queries/admin/dashboard';
import { contactMessages, purchases } from '@/db/schema';
import { createTestCategory, createTestPurchase, createTestUser, createTestWorkflow } from '../../../helpers/factories';

// 10:00 in Ho Chi Minh City (UTC+7) on 20 Nov 2026.
const NOW = new Date('2026-11-20T03:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);

async function paid(userId: string, workflowId: string, amount: string, createdAt: Date, waitedMinutes: number) {
  const p = await createTestPurchase(userId, workflowId, { status: 'ACTIVE', amount, createdAt });
  await db
    .update(purchases)
    .set({ reviewedAt: new Date(createdAt.getTime() + waitedMinutes * 60_000) })
    .where(eq(purchases.id, p.id));
}

describe('admin dashboard', () => {
  let adminId: string;
  beforeAll(async () => {
    adminId = (await createTestUser({ role: 'ADMIN' })).id;
    const shopper = await createTestUser();
    const other = await createTestUser();
    const sales = await createTestCategory('Sales');
    const ops = await createTestCategory('Ops');
    const a = await createTestWorkflow({ categoryIds: [sales.id] });
    const b = await createTestWorkflow({ categoryIds: [sales.id, ops.id] });
    const c = await createTestWorkflow({ status: 'expired' });
    // Created 08:00 local today, approved 10 minutes later.
    await paid(shopper.id, a.id, '100000.00', hoursAgo(2), 10);
    // Created 22:00 local yesterday, approved at 23:30 local: yesterday's revenue, though within 24 hours.
    await paid(other.id, a.id, '50000.50', hoursAgo(12), 90);
    // 40 days ago: all time only.
    await paid(shopper.id, b.id, '200000.00', hoursAgo(40 * 24), 30 * 60);
    await createTestPurchase(other.id, b.id, { status: 'PENDING', createdAt: hoursAgo(5) });
    await createTestPurchase(shopper.id, c.id, { status: 'PENDING', createdAt: hoursAgo(1) });
    await createTestPurchase(other.id, c.id, { status: 'REJECT' });
    await db.insert(contactMessages).values([
      { name: 'A', email: 'a@example.test', subject: 'Open', message: 'Hello there' },
      { name: 'B', email: 'b@example.test', subject: 'Done', message: 'Hello there', resolvedAt: NOW },
    ]);
  });

  it('adds up revenue from approved purchases by day of approval, in the shop time zone', async () => {
    const f = await getDashboardFigures(adminId, NOW);
    expect(f.revenueToday).toBe('100000.00');
    expect(f.revenue30Days).toBe('150000.50');
    expect(f.revenueAllTime).toBe('350000.50');
    expect({ pending: f.pending, approved: f.approved, rejected: f.rejected }).toEqual({
      pending: 2,
      approved: 3,
      rejected: 1,
    });
    expect(f.shoppers).toBe(2);
    expect(f.activeWorkflows).toBe(2);
    expect(f.openMessages).toBe(1);
    expect(f.oldestPendingAt?.toISOString()).toBe(hoursAgo(5).toISOString());
  });

  it('draws 30 days of revenue, sales per category and approval waits', async () => {
    const c = await getDashboardCharts(adminId, NOW);
    expect(c.revenueByDay).toHaveLength(30);
    expect(c.revenueByDay.at(-1)).toEqual({ day: '2026-11-20', revenue: '100000.00', sales: 1 });
    expect(c.revenueByDay.at(-2)).toEqual({ day: '2026-11-19', revenue: '50000.50', sales: 1 });
    expect(c.revenueByDay[0]?.day).toBe('2026-10-22');
    expect(c.salesByCategory).toEqual([
      { category: 'Sales', sales: 3, revenue: '350000.50' },
      { category: 'Ops', sales: 1, revenue: '200000.00' },
    ]);
    const buckets = Object.fromEntries(c.approvalTime.map((b) => [b.label, b.purchases]));
    expect(buckets['< 15 min']).toBe(1);
    expect(buckets['1–4 h']).toBe(1);
    expect(c.medianApprovalMinutes).toBe(50);
  });

  it('refuses a shopper', async () => {
    const shopper = await createTestUser();
    await expect(getDashboardFigures(shopper.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(getDashboardCharts(shopper.id)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
