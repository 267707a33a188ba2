import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { activeAdmin } from '@/db/active-accounts';
import { users } from '@/db/schema';
import { AppError, em } from '@/lib/errors';
import type { OrderAlerts } from '@/lib/validations/settings';
import { assertActiveAdmin } from './guard';

/** An admin's own "Order alerts" setting (how new orders reach them by mail: db/queries/order-alerts.ts). */
export async function getOrderAlerts(adminId: string): Promise<OrderAlerts> {
  const [row] = await db
    .select({ orderAlerts: users.orderAlerts })
    .from(users)
    .where(and(eq(users.id, adminId), activeAdmin()));
  if (!row) throw new AppError('forbidden', em('adminOnly'));
  return row.orderAlerts as OrderAlerts;
}

/** Changes an admin's own "Order alerts"; moving to 'digest' starts its first period now. */
export async function setOrderAlerts(adminId: string, mode: OrderAlerts, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    await assertActiveAdmin(tx, adminId);
    const [current] = await tx
      .select({ orderAlerts: users.orderAlerts })
      .from(users)
      .where(eq(users.id, adminId))
      .for('update');
    if (current?.orderAlerts === mode) return;
    await tx
      .update(users)
      .set({ orderAlerts: mode, ...(mode === 'digest' ? { orderDigestAt: now } : {}) })
      .where(eq(users.id, adminId));
  });
}
