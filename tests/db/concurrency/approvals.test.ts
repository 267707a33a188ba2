import { eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { approvePurchase } from '@/db/queries/purchases';
import { auditLog, invoiceCounters, invoices } from '@/db/schema';
import { formatInvoiceNumber, invoiceYear } from '@/lib/payments/invoice-number';
import { createTestPurchase, createTestUser } from '../../helpers/factories';
import { testDriver } from '../../helpers/db';
import { outboxRowsTo } from '../../helpers/mail';
import {
  invoicesOf,
  lastInvoiceNumber,
  notificationsOf,
  purchaseRow,
  salesOf,
  shop,
} from '../queries/purchases/helpers';
import { fulfilled, PARALLEL, race, refusals } from './helpers';

describe.runIf(testDriver() === 'postgres')('50 parallel approvals (Postgres)', () => {
  it('of one purchase: ACTIVE once, one invoice with the next number, one notification, one mail, one sale', async () => {
    const { buyer, admin, workflow } = await shop();
    const purchase = await createTestPurchase(buyer.id, workflow.id);
    const salesBefore = await salesOf(workflow.id);
    const drawnBefore = await lastInvoiceNumber();

    const outcomes = await race(PARALLEL, () => approvePurchase(admin.id, purchase.id));

    const [won, ...more] = fulfilled(outcomes);
    expect(more).toEqual([]);
    expect(refusals(outcomes)).toEqual(
      Array.from({ length: PARALLEL - 1 }, () => ({
        code: 'conflict',
        message: 'This purchase is already paid, so it cannot be approved.',
      })),
    );
    expect(await purchaseRow(purchase.id)).toMatchObject({ status: 'ACTIVE', reviewedBy: admin.id });
    const issued = await invoicesOf(purchase.id);
    expect(issued.map((i) => [i.id, i.invoiceNumber])).toEqual([
      [won!.invoiceId, formatInvoiceNumber(invoiceYear(new Date()), drawnBefore + 1)],
    ]);
    // The losers never drew a number: the series goes on without a gap.
    expect(await lastInvoiceNumber()).toBe(drawnBefore + 1);
    expect((await notificationsOf(buyer.id)).map((n) => [n.type, n.title])).toEqual([['SUCCESS', 'Payment confirmed']]);
    expect((await outboxRowsTo(buyer.email)).map((m) => m.subject)).toEqual([
      `Payment received: “${workflow.title}” (invoice ${won!.invoiceNumber})`,
    ]);
    expect(await db.$count(auditLog, eq(auditLog.entityId, purchase.id))).toBe(1);
    expect(await salesOf(workflow.id)).toBe(salesBefore + 1);
  });

  it('of 50 purchases: numbered exactly 1..50 in a new year’s series, 50 sales', async () => {
    const { admin, workflow } = await shop();
    const buyers = await Promise.all(Array.from({ length: PARALLEL }, () => createTestUser()));
    const bought = await Promise.all(buyers.map((b) => createTestPurchase(b.id, workflow.id)));
    // A new year's series: no counter row and no invoice of that year yet.
    const year = invoiceYear(new Date());
    await db.delete(invoices).where(like(invoices.invoiceNumber, `INV-${year}-%`));
    await db.delete(invoiceCounters).where(eq(invoiceCounters.year, year));
    const salesBefore = await salesOf(workflow.id);

    const approved = await Promise.all(bought.map((p) => approvePurchase(admin.id, p.id)));

    const numbers = approved.map((a) => a.invoiceNumber).sort();
    expect(numbers).toEqual(Array.from({ length: PARALLEL }, (_, i) => formatInvoiceNumber(year, i + 1)));
    expect(await lastInvoiceNumber()).toBe(PARALLEL);
    expect(await salesOf(workflow.id)).toBe(salesBefore + PARALLEL);
  });
});
