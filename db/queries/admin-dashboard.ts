import 'server-only';
import { count, eq, isNull } from 'drizzle-orm';
import { db } from '@/db';
import { contactMessages, purchases, users, workflows } from '@/db/schema';

export type AdminOverview = {
  shoppers: number;
  activeWorkflows: number;
  pendingPurchases: number;
  openMessages: number;
};

/** The admin dashboard's headline figures (the caller must be an admin: see requireAdmin). */
export async function getAdminOverview(): Promise<AdminOverview> {
  const [[s], [w], [p], [m]] = await Promise.all([
    db.select({ n: count() }).from(users).where(eq(users.role, 'USER')),
    db.select({ n: count() }).from(workflows).where(eq(workflows.status, 'active')),
    db.select({ n: count() }).from(purchases).where(eq(purchases.status, 'PENDING')),
    db.select({ n: count() }).from(contactMessages).where(isNull(contactMessages.resolvedAt)),
  ]);
  return {
    shoppers: s?.n ?? 0,
    activeWorkflows: w?.n ?? 0,
    pendingPurchases: p?.n ?? 0,
    openMessages: m?.n ?? 0,
  };
}
