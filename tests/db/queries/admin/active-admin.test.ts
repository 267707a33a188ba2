import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { sendAnnouncement } from '@/db/queries/announcements';
import { createCategory } from '@/db/queries/admin/categories';
import { setUserRole } from '@/db/queries/admin/users';
import { dismissTransfer, linkTransferToPurchase, listBankTransfers } from '@/db/queries/bank/admin-transfers';
import { recordIncomingTransfer } from '@/db/queries/bank/record-transfer';
import { importStatement } from '@/db/queries/bank/statement-import';
import { replyToContactMessage, submitContactMessage } from '@/db/queries/contact';
import { listOutbox } from '@/db/queries/email-outbox';
import { approvePurchase, getInvoice, rejectPurchase } from '@/db/queries/purchases';
import { setReviewHidden } from '@/db/queries/reviews';
import {
  auditLog,
  bankTransactions,
  categories,
  comments,
  contactMessages,
  emailOutbox,
  invoices,
  notifications,
  purchases,
  users,
} from '@/db/schema';
import { createTestPurchase, createTestUser, createTestWorkflow } from '../../../helpers/factories';

type Actor = { label: string; id: string };

/** A shopper and three admins who are no longer active: each must be refused everywhere. */
async function notActiveAdmins(): Promise<Actor[]> {
  const shopper = await createTestUser();
  const demoted = await createTestUser({ role: 'ADMIN' });
  await db.update(users).set({ role: 'USER' }).where(eq(users.id, demoted.id));
  const disabled = await createTestUser({ role: 'ADMIN' });
  await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
  const deleted = await createTestUser({ role: 'ADMIN' });
  await db.update(users).set({ deletedAt: new Date() }).where(eq(users.id, deleted.id));
  return [
    { label: 'a shopper', id: shopper.id },
    { label: 'a demoted admin', id: demoted.id },
    { label: 'a disabled admin', id: disabled.id },
    { label: 'a deleted admin', id: deleted.id },
  ];
}

const uniqueIp = () => `203.0.113.${Math.floor(Math.random() * 250)}`;

describe('one rule for "an active admin", wherever an admin acts', () => {
  let refused: Actor[];
  beforeAll(async () => {
    refused = await notActiveAdmins();
  });

  it('admin writes in every module refuse anyone but an active admin, and change nothing', async () => {
    const buyer = await createTestUser();
    const workflow = await createTestWorkflow({ price: '90000.00' });
    const [review] = await db
      .insert(comments)
      .values({ userId: buyer.id, workflowId: workflow.id, rating: 4, content: 'Works well for me.' })
      .returning({ id: comments.id });
    const senderEmail = `asker-${randomUUID().slice(0, 6)}@example.test`;
    const { id: messageId } = await submitContactMessage(
      { name: 'Asker', email: senderEmail, subject: 'A question', message: 'Does it work?' },
      { ip: uniqueIp() },
    );
    const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '90000.00' });
    const providerTransactionId = `guard-${randomUUID().slice(0, 8)}`;
    await recordIncomingTransfer(
      {
        provider: 'usitech',
        providerTransactionId,
        accountNumber: null,
        amount: '1000.00',
        content: 'no reference',
        transactionDate: new Date(),
      },
      {},
    );
    const [transfer] = await db
      .select({ id: bankTransactions.id })
      .from(bankTransactions)
      .where(eq(bankTransactions.providerTransactionId, providerTransactionId));
    const title = `Not from an admin ${randomUUID().slice(0, 6)}`;

    for (const actor of refused) {
      const calls: Array<[string, () => Promise<unknown>]> = [
        ['setReviewHidden', () => setReviewHidden(actor.id, review!.id, true)],
        ['sendAnnouncement', () => sendAnnouncement(actor.id, { type: 'WARNING', title, message: 'x' })],
        ['replyToContactMessage', () => replyToContactMessage(actor.id, messageId, 'A reply')],
        ['approvePurchase', () => approvePurchase(actor.id, purchase.id)],
        ['rejectPurchase', () => rejectPurchase(actor.id, purchase.id, 'No.')],
        ['linkTransferToPurchase', () => linkTransferToPurchase(actor.id, transfer!.id, purchase.transferReference)],
        ['dismissTransfer', () => dismissTransfer(actor.id, transfer!.id)],
        ['listBankTransfers', () => listBankTransfers(actor.id, { status: 'UNMATCHED', page: 1 })],
        [
          'importStatement',
          () =>
            importStatement(actor.id, 'id,date,amount,content\n', { transactionId: 0, date: 1, amount: 2, content: 3 }),
        ],
        ['listOutbox', () => listOutbox(actor.id)],
        [
          'createCategory',
          () => createCategory(actor.id, { name: title, slug: `x-${randomUUID().slice(0, 6)}`, description: '' }),
        ],
        ['setUserRole', () => setUserRole(actor.id, buyer.id, 'ADMIN')],
      ];
      for (const [name, call] of calls) {
        await expect(call(), `${name} by ${actor.label}`).rejects.toMatchObject({
          code: 'forbidden',
          message: 'Only an admin can do this.',
        });
      }
    }

    const [reviewRow] = await db.select({ hidden: comments.hidden }).from(comments).where(eq(comments.id, review!.id));
    expect(reviewRow?.hidden).toBe(false);
    expect(await db.select().from(notifications).where(eq(notifications.title, title))).toHaveLength(0);
    expect(await db.select().from(categories).where(eq(categories.name, title))).toHaveLength(0);
    const [message] = await db
      .select({ repliedAt: contactMessages.repliedAt })
      .from(contactMessages)
      .where(eq(contactMessages.id, messageId));
    expect(message?.repliedAt).toBeNull();
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.to, senderEmail))).toHaveLength(0);
    const [purchaseRow] = await db
      .select({ status: purchases.status })
      .from(purchases)
      .where(eq(purchases.id, purchase.id));
    expect(purchaseRow?.status).toBe('PENDING');
    const [transferRow] = await db
      .select({ status: bankTransactions.status })
      .from(bankTransactions)
      .where(eq(bankTransactions.id, transfer!.id));
    expect(transferRow?.status).toBe('UNMATCHED');
    const [buyerRow] = await db.select({ role: users.role }).from(users).where(eq(users.id, buyer.id));
    expect(buyerRow?.role).toBe('USER');
    for (const actor of refused) {
      expect(await db.select().from(auditLog).where(eq(auditLog.actorId, actor.id))).toHaveLength(0);
    }
  });

  it('“notify the admins” reaches the active admins only', async () => {
    const admin = await createTestUser({ role: 'ADMIN' });
    await submitContactMessage(
      {
        name: 'Visitor',
        email: `visitor-${randomUUID().slice(0, 6)}@example.test`,
        subject: 'Hi',
        message: 'Hello there.',
      },
      { ip: uniqueIp() },
    );
    const titled = (userId: string) =>
      db.select({ title: notifications.title }).from(notifications).where(eq(notifications.userId, userId));
    expect(await titled(admin.id)).toEqual([{ title: 'New contact message' }]);
    for (const actor of refused) expect(await titled(actor.id), actor.label).toEqual([]);
  });

  it('an invoice is readable by its buyer and by an active admin only', async () => {
    const admin = await createTestUser({ role: 'ADMIN' });
    const buyer = await createTestUser();
    const workflow = await createTestWorkflow({ price: '150000.00' });
    const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '150000.00' });
    await approvePurchase(admin.id, purchase.id);
    const [invoice] = await db.select({ id: invoices.id }).from(invoices).where(eq(invoices.purchaseId, purchase.id));
    expect((await getInvoice(buyer.id, invoice!.id))?.purchase.id).toBe(purchase.id);
    expect((await getInvoice(admin.id, invoice!.id))?.purchase.id).toBe(purchase.id);
    for (const actor of refused) expect(await getInvoice(actor.id, invoice!.id), actor.label).toBeNull();
  });
});
