import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { auditLog, invoiceCounters, invoices, notifications, purchases, workflows } from '@/db/schema';
import { invoiceYear } from '@/lib/payments/invoice-number';
import { createTestUser, createTestWorkflow } from '../../../helpers/factories';

/** A shopper, an admin and a workflow for sale. */
export async function shop(price = '349000.00') {
  const [buyer, other, admin, workflow] = await Promise.all([
    createTestUser({ name: 'Nguyễn Văn An' }),
    createTestUser({ name: 'Someone Else' }),
    createTestUser({ name: 'Lan Admin', role: 'ADMIN' }),
    createTestWorkflow({ price }),
  ]);
  return { buyer, other, admin, workflow };
}

export async function purchaseRow(id: string) {
  const [row] = await db.select().from(purchases).where(eq(purchases.id, id));
  return row!;
}

export const invoicesOf = (purchaseId: string) => db.select().from(invoices).where(eq(invoices.purchaseId, purchaseId));
export const notificationsOf = (userId: string) =>
  db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(notifications.createdAt);
export const auditOf = (purchaseId: string, action?: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, purchaseId), action ? eq(auditLog.action, action) : undefined))
    .orderBy(auditLog.createdAt);

export const HOURS_AGO = (h: number) => new Date(Date.now() - h * 3_600_000);

export const salesOf = async (workflowId: string) =>
  (await db.select({ n: workflows.salesCount }).from(workflows).where(eq(workflows.id, workflowId)))[0]!.n;

/** The last invoice number drawn this year (0 before the first). */
export const lastInvoiceNumber = async () =>
  (
    await db
      .select({ n: invoiceCounters.lastNumber })
      .from(invoiceCounters)
      .where(eq(invoiceCounters.year, invoiceYear(new Date())))
  )[0]?.n ?? 0;
