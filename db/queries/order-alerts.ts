import 'server-only';
import { and, asc, count, eq, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { activeAdmin } from '@/db/active-accounts';
import { notifications, purchases, users, workflows } from '@/db/schema';
import { mailLocale, noticeText } from '@/lib/mail/email-text';
import { newOrderAdminEmail, orderDigestAdminEmail, type PendingOrder } from '@/lib/mail/order-emails';
import { expiryCutoff } from '@/lib/payments/purchase-state';
import { enqueueMail } from './email-outbox';
import { paymentTtlHours } from './purchases/shared';

const HOUR = 3_600_000;

/**
 * A purchase started waiting for approval: every active admin gets an in-app notice, and those whose
 * "Order alerts" setting is 'each' an email too ('digest' admins get it in the next hourly digest, 'off'
 * none). Runs in the transaction that created the purchase.
 */
export async function alertAdminsOfOrder(tx: Executor, order: PendingOrder): Promise<void> {
  const admins = await tx
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      orderAlerts: users.orderAlerts,
      locale: users.locale,
    })
    .from(users)
    .where(activeAdmin());
  if (admins.length === 0) return;
  await tx.insert(notifications).values(
    admins.map((a) => ({
      userId: a.id,
      type: 'WARNING' as const,
      ...noticeText(mailLocale(a.locale), 'newOrder', {
        buyer: order.buyerName,
        title: order.title,
        reference: order.reference,
      }),
      link: `/admin/purchases/${order.purchaseId}`,
    })),
  );
  for (const admin of admins.filter((a) => a.orderAlerts === 'each')) {
    const { subject, text, html } = newOrderAdminEmail({ name: admin.name, locale: mailLocale(admin.locale) }, order);
    await enqueueMail(tx, { to: admin.email, subject, text, html });
  }
}

/**
 * The hourly digest (a maintenance chore): each active admin on 'digest' whose last digest covered up to
 * an hour ago or longer gets one email listing the orders placed since then that still wait for
 * approval (none waiting: no email, the period still closes). The admin rows are claimed with
 * `FOR UPDATE SKIP LOCKED` and moved on in the same transaction as the queued mail, so two instances
 * running the chore at once never send one digest twice. Answers how many digests were queued.
 */
export async function sendOrderDigests(now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const hourAgo = new Date(now.getTime() - HOUR);
    const due = await tx
      .select({ id: users.id, name: users.name, email: users.email, since: users.orderDigestAt, locale: users.locale })
      .from(users)
      .where(
        and(
          activeAdmin(),
          eq(users.orderAlerts, 'digest'),
          or(isNull(users.orderDigestAt), lte(users.orderDigestAt, hourAgo)),
        ),
      )
      .for('update', { skipLocked: true });
    if (due.length === 0) return 0;
    await tx
      .update(users)
      .set({ orderDigestAt: now })
      .where(
        inArray(
          users.id,
          due.map((a) => a.id),
        ),
      );
    const earliest = new Date(Math.min(...due.map((a) => (a.since ?? hourAgo).getTime())));
    const orders = await tx
      .select({
        purchaseId: purchases.id,
        title: workflows.title,
        amount: purchases.amount,
        reference: purchases.transferReference,
        buyerName: users.name,
        buyerEmail: users.email,
        createdAt: purchases.createdAt,
      })
      .from(purchases)
      .innerJoin(workflows, eq(workflows.id, purchases.workflowId))
      .innerJoin(users, eq(users.id, purchases.userId))
      .where(and(eq(purchases.status, 'PENDING'), gt(purchases.createdAt, earliest), lte(purchases.createdAt, now)))
      .orderBy(asc(purchases.createdAt));
    let sent = 0;
    for (const admin of due) {
      const since = admin.since ?? hourAgo;
      const mine = orders.filter((o) => o.createdAt > since);
      if (mine.length === 0) continue;
      const reader = { name: admin.name, locale: mailLocale(admin.locale) };
      const { subject, text, html } = orderDigestAdminEmail(reader, mine, since);
      await enqueueMail(tx, { to: admin.email, subject, text, html });
      sent++;
    }
    return sent;
  });
}

/**
 * Purchases waiting for approval (the admin header's badge): one count over the
 * `purchases_status_created_idx` index, not counting those whose payment window closed (the sweep
 * rejects them).
 */
export async function countPendingPurchases(now = new Date()): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(purchases)
    .where(and(eq(purchases.status, 'PENDING'), gt(purchases.createdAt, expiryCutoff(now, paymentTtlHours()))));
  return row?.n ?? 0;
}
