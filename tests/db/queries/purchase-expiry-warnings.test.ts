import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { warnExpiringPurchases } from '@/db/queries/purchase-expiry-warnings';
import { notifications } from '@/db/schema';
import { createTestPurchase, createTestUser, createTestWorkflow } from '../../helpers/factories';
import { testDriver } from '../../helpers/db';

const HOUR = 3_600_000;
const now = new Date('2026-05-10T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * HOUR);
const warningsOf = (userId: string) => db.select().from(notifications).where(eq(notifications.userId, userId));

describe('warnings for pending purchases about to expire', () => {
  it('warns once per purchase in its last two hours, and never twice', async () => {
    const user = await createTestUser();
    const workflow = await createTestWorkflow({ title: 'Invoice reminders' });
    const other = await createTestWorkflow();
    const third = await createTestWorkflow();
    const due = await createTestPurchase(user.id, workflow.id, { createdAt: hoursAgo(23) });
    await createTestPurchase(user.id, other.id, { createdAt: hoursAgo(5) }); // not yet
    await createTestPurchase(user.id, third.id, { createdAt: hoursAgo(30) }); // already expired
    const paid = await createTestUser();
    await createTestPurchase(paid.id, workflow.id, { status: 'ACTIVE', createdAt: hoursAgo(23) });

    expect(await warnExpiringPurchases(now, { ttlHours: 24 })).toBe(1);
    const [warning] = await warningsOf(user.id);
    expect(warning).toMatchObject({ type: 'WARNING', link: `/checkout/${due.id}`, read: false });
    expect(warning?.message).toContain('Invoice reminders');
    expect(await warningsOf(paid.id)).toHaveLength(0);

    expect(await warnExpiringPurchases(now, { ttlHours: 24 })).toBe(0);
    // Deleting the notification does not bring the warning back.
    await db.delete(notifications).where(eq(notifications.userId, user.id));
    expect(await warnExpiringPurchases(new Date(now.getTime() + 30 * 60_000), { ttlHours: 24 })).toBe(0);
    expect(await warningsOf(user.id)).toHaveLength(0);
  });

  it.runIf(testDriver() === 'postgres')('parallel sweeps still warn once', async () => {
    const user = await createTestUser();
    const workflow = await createTestWorkflow();
    await createTestPurchase(user.id, workflow.id, { createdAt: hoursAgo(23) });
    const counts = await Promise.all(Array.from({ length: 4 }, () => warnExpiringPurchases(now, { ttlHours: 24 })));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await warningsOf(user.id)).toHaveLength(1);
  });
});
