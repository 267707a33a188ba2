import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '@/db';
import { purchases, users, workflows } from '@/db/schema';
import { env } from '@/lib/env';
import {
  orderExpiredEmail,
  orderExpiringEmail,
  orderPaidEmail,
  orderPlacedEmail,
  orderRejectedEmail,
  type OrderEmail,
} from '@/lib/mail/order-emails';
import { mailLocale } from '@/lib/mail/email-text';
import { localTitle } from '@/lib/workflows/localized';
import { payeeFromEnv, purchaseQrPayload } from '@/lib/payments/payee';
import { paymentDeadline } from '@/lib/payments/purchase-state';
import { alertAdminsOfOrder } from '../order-alerts';
import { enqueueMail } from '../email-outbox';
import { paymentTtlHours } from './shared';

/**
 * The buyer's order emails, queued on the transaction of the state change that causes them (a
 * rolled-back change queues nothing; a transition happens once, so each mail is queued once). The caller
 * kicks delivery after commit. A deleted buyer (no address any more) gets none.
 */
type OrderRow = {
  id: string;
  amount: string;
  reference: string;
  createdAt: Date;
  rejectReason: string | null;
  buyerName: string;
  buyerEmail: string;
  buyerLocale: string;
  title: string;
  titleVi: string | null;
  slug: string;
};

async function orderRows(tx: Executor, purchaseIds: string[]): Promise<OrderRow[]> {
  if (purchaseIds.length === 0) return [];
  return tx
    .select({
      id: purchases.id,
      amount: purchases.amount,
      reference: purchases.transferReference,
      createdAt: purchases.createdAt,
      rejectReason: purchases.rejectReason,
      buyerName: users.name,
      buyerEmail: users.email,
      buyerLocale: users.locale,
      title: workflows.title,
      titleVi: workflows.titleVi,
      slug: workflows.slug,
    })
    .from(purchases)
    .innerJoin(users, eq(users.id, purchases.userId))
    .innerJoin(workflows, eq(workflows.id, purchases.workflowId))
    .where(and(inArray(purchases.id, purchaseIds), isNull(users.deletedAt)));
}

async function queueEach(tx: Executor, rows: OrderRow[], build: (row: OrderRow) => OrderEmail): Promise<void> {
  for (const row of rows) {
    const { subject, text, html, attachments } = build(row);
    await enqueueMail(tx, { to: row.buyerEmail, subject, text, html, attachments });
  }
}

/** What every order email names, in the buyer's language (users.locale). */
function facts(row: OrderRow) {
  const locale = mailLocale(row.buyerLocale);
  return {
    buyerName: row.buyerName,
    title: localTitle(locale, row.title, row.titleVi),
    amount: row.amount,
    reference: row.reference,
    locale,
  };
}

/** A new PENDING purchase: the buyer's "order placed" (with the QR) and the admins' alerts. */
export async function queueOrderPlaced(tx: Executor, purchaseId: string): Promise<void> {
  const rows = await orderRows(tx, [purchaseId]);
  const payee = payeeFromEnv(env());
  await queueEach(tx, rows, (row) =>
    orderPlacedEmail({
      ...facts(row),
      purchaseId: row.id,
      payBy: paymentDeadline(row.createdAt, paymentTtlHours()),
      qrPayload: purchaseQrPayload(payee, { amount: row.amount, transferReference: row.reference }),
    }),
  );
  const [row] = rows;
  if (row) {
    await alertAdminsOfOrder(tx, {
      purchaseId: row.id,
      title: row.title,
      amount: row.amount,
      reference: row.reference,
      buyerName: row.buyerName,
      buyerEmail: row.buyerEmail,
      createdAt: row.createdAt,
    });
  }
}

/** PENDING → ACTIVE: the receipt, with the invoice PDF attached at delivery. */
export async function queueOrderPaid(
  tx: Executor,
  purchaseId: string,
  invoice: { id: string; invoiceNumber: string; issuedAt: Date },
): Promise<void> {
  await queueEach(tx, await orderRows(tx, [purchaseId]), (row) =>
    orderPaidEmail({
      ...facts(row),
      slug: row.slug,
      invoiceId: invoice.id,
      invoiceNumber: invoice.invoiceNumber,
      paidAt: invoice.issuedAt,
    }),
  );
}

/** PENDING → REJECT by an admin: the reason they gave. */
export async function queueOrderRejected(tx: Executor, purchaseId: string): Promise<void> {
  await queueEach(tx, await orderRows(tx, [purchaseId]), (row) =>
    orderRejectedEmail({ ...facts(row), slug: row.slug, reason: row.rejectReason ?? '' }),
  );
}

/** The payment window closes soon (the expiry warning chore, once per purchase). */
export async function queueOrdersExpiring(tx: Executor, purchaseIds: string[], ttlHours: number): Promise<void> {
  await queueEach(tx, await orderRows(tx, purchaseIds), (row) =>
    orderExpiringEmail({ ...facts(row), purchaseId: row.id, payBy: paymentDeadline(row.createdAt, ttlHours) }),
  );
}

/** The payment window closed (the expiry sweep). */
export async function queueOrdersExpired(tx: Executor, purchaseIds: string[]): Promise<void> {
  await queueEach(tx, await orderRows(tx, purchaseIds), (row) => orderExpiredEmail({ ...facts(row), slug: row.slug }));
}
