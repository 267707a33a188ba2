import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { sendAnnouncement } from '@/db/queries/announcements';
import { listAuditEntries, listRecentActivity, writeAudit, type AuditEntry } from '@/db/queries/admin/audit';
import { createCategory } from '@/db/queries/admin/categories';
import { setMessageResolved } from '@/db/queries/admin/messages';
import { setUserDisabled } from '@/db/queries/admin/users';
import { dismissTransfer, linkTransferToPurchase } from '@/db/queries/bank/admin-transfers';
import { recordIncomingTransfer } from '@/db/queries/bank/record-transfer';
import { submitContactMessage } from '@/db/queries/contact';
import { warnExpiringPurchases } from '@/db/queries/purchase-expiry-warnings';
import { approvePurchase, expireStalePurchases, rejectPurchase } from '@/db/queries/purchases';
import { setReviewHidden } from '@/db/queries/reviews';
import { auditLog, bankTransactions, comments } from '@/db/schema';
import { describeAction, entityHref } from '@/lib/admin/audit-text';
import { createTestPurchase, createTestUser, createTestWorkflow } from '../../../helpers/factories';

const HOUR = 3_600_000;

async function entriesOf(entityId: string) {
  return db
    .select({
      actorId: auditLog.actorId,
      actorKind: auditLog.actorKind,
      entityType: auditLog.entityType,
      action: auditLog.action,
    })
    .from(auditLog)
    .where(eq(auditLog.entityId, entityId))
    .orderBy(auditLog.createdAt, auditLog.action);
}

async function unmatchedTransfer(content: string, amount: string) {
  const providerTransactionId = `audit-${randomUUID().slice(0, 8)}`;
  await recordIncomingTransfer(
    { provider: 'usitech', providerTransactionId, accountNumber: null, amount, content, transactionDate: new Date() },
    {},
  );
  const [row] = await db
    .select({ id: bankTransactions.id })
    .from(bankTransactions)
    .where(eq(bankTransactions.providerTransactionId, providerTransactionId));
  return row!;
}

describe('the audit log: one writer, read back by the admin pages', () => {
  it('every audited change is filed under the entity type and action the admin pages read', async () => {
    const admin = await createTestUser({ role: 'ADMIN' });
    const buyer = await createTestUser();
    const workflow = await createTestWorkflow({ price: '250000.00' });
    const as = (kind: string, actorId: string | null = admin.id) => ({ actorId, actorKind: kind });

    // A review (stored in comments) is filed as 'comment', with review.* actions.
    const [review] = await db
      .insert(comments)
      .values({ userId: buyer.id, workflowId: workflow.id, rating: 2, content: 'Not what I hoped for.' })
      .returning({ id: comments.id });
    await setReviewHidden(admin.id, review!.id, true);
    await setReviewHidden(admin.id, review!.id, false);
    expect(await entriesOf(review!.id)).toEqual([
      { ...as('admin'), entityType: 'comment', action: 'review.hide' },
      { ...as('admin'), entityType: 'comment', action: 'review.unhide' },
    ]);
    // …and the admin pages find and describe it as a review.
    const listed = await listAuditEntries(admin.id, 'comment', review!.id);
    expect(listed.map((e) => describeAction(e)).sort()).toEqual(['hid review', 'unhid review']);
    expect(listed.map((e) => entityHref(e))).toEqual(['/admin/reviews', '/admin/reviews']);

    const category = await createCategory(admin.id, {
      name: `Audited ${randomUUID().slice(0, 6)}`,
      slug: `audited-${randomUUID().slice(0, 6)}`,
      description: '',
    });
    expect(await entriesOf(category.id)).toEqual([
      { ...as('admin'), entityType: 'category', action: 'category.create' },
    ]);

    const shopper = await createTestUser();
    await setUserDisabled(admin.id, shopper.id, true);
    expect(await entriesOf(shopper.id)).toEqual([{ ...as('admin'), entityType: 'user', action: 'user.disable' }]);

    const { id: messageId } = await submitContactMessage(
      {
        name: 'Audit',
        email: `audit-${randomUUID().slice(0, 6)}@example.test`,
        subject: 'Hello',
        message: 'A question.',
      },
      { ip: `198.51.100.${Math.floor(Math.random() * 250)}` },
    );
    await setMessageResolved(admin.id, messageId, true);
    expect(await entriesOf(messageId)).toEqual([
      { ...as('admin'), entityType: 'contact_message', action: 'contact_message.resolve' },
    ]);

    const { recipients } = await sendAnnouncement(admin.id, {
      userId: buyer.id,
      type: 'SUCCESS',
      title: 'Audited',
      message: 'Hi',
    });
    expect(recipients).toBe(1);
    const [announcement] = await db
      .select({
        actorId: auditLog.actorId,
        actorKind: auditLog.actorKind,
        entityType: auditLog.entityType,
        after: auditLog.after,
      })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'announcement.send'), eq(auditLog.actorId, admin.id)));
    expect(announcement).toMatchObject({
      ...as('admin'),
      entityType: 'announcement',
      after: { to: buyer.id, recipients: 1 },
    });

    // Purchases: an admin's decisions, a bank-matched link, the system's sweeps.
    const approved = await createTestPurchase(buyer.id, workflow.id, { amount: '250000.00' });
    await approvePurchase(admin.id, approved.id);
    expect(await entriesOf(approved.id)).toEqual([
      { ...as('admin'), entityType: 'purchase', action: 'purchase.approve' },
    ]);

    const other = await createTestWorkflow();
    const rejected = await createTestPurchase(buyer.id, other.id);
    await rejectPurchase(admin.id, rejected.id, 'No transfer arrived.');
    expect(await entriesOf(rejected.id)).toEqual([
      { ...as('admin'), entityType: 'purchase', action: 'purchase.reject' },
    ]);

    const now = new Date();
    const third = await createTestWorkflow();
    const expiring = await createTestPurchase(buyer.id, third.id, { createdAt: new Date(now.getTime() - 23 * HOUR) });
    expect(await warnExpiringPurchases(now, { ttlHours: 24 })).toBeGreaterThanOrEqual(1);
    expect(await entriesOf(expiring.id)).toEqual([
      { ...as('system', null), entityType: 'purchase', action: 'purchase.expiry_warning' },
    ]);
    await expireStalePurchases({ purchaseId: expiring.id }, new Date(now.getTime() + 2 * HOUR));
    expect(await entriesOf(expiring.id)).toEqual([
      { ...as('system', null), entityType: 'purchase', action: 'purchase.expiry_warning' },
      { ...as('system', null), entityType: 'purchase', action: 'purchase.expire' },
    ]);

    // Bank transfers an admin resolves by hand.
    const fourth = await createTestWorkflow({ price: '120000.00' });
    const linked = await createTestPurchase(buyer.id, fourth.id, { amount: '120000.00' });
    const transfer = await unmatchedTransfer(`${linked.transferReference} short`, '119000.00');
    await linkTransferToPurchase(admin.id, transfer.id, linked.transferReference);
    expect(await entriesOf(transfer.id)).toEqual([
      { ...as('admin'), entityType: 'bank_transaction', action: 'bank_transaction.link' },
    ]);
    expect(await entriesOf(linked.id)).toEqual([
      { ...as('admin'), entityType: 'purchase', action: 'purchase.approve' },
    ]);
    const stray = await unmatchedTransfer('no reference at all', '5000.00');
    await dismissTransfer(admin.id, stray.id);
    expect(await entriesOf(stray.id)).toEqual([
      { ...as('admin'), entityType: 'bank_transaction', action: 'bank_transaction.dismiss' },
    ]);

    // The dashboard's recent activity reads the same rows.
    const recent = await listRecentActivity(admin.id, 100);
    expect(recent.map((e) => e.entityId)).toEqual(expect.arrayContaining([review!.id, transfer.id, stray.id]));
  });

  it('an entry belongs to its transaction: a rolled-back change leaves none, a refused one writes none', async () => {
    const admin = await createTestUser({ role: 'ADMIN' });
    const entityId = randomUUID();
    await expect(
      db.transaction(async (tx) => {
        await writeAudit(tx, { actorId: admin.id, entityType: 'workflow', action: 'workflow.update', entityId });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await entriesOf(entityId)).toEqual([]);

    // Dismissing twice: the second is a conflict and adds no entry.
    const stray = await unmatchedTransfer('nothing to match', '7000.00');
    await dismissTransfer(admin.id, stray.id);
    await expect(dismissTransfer(admin.id, stray.id)).rejects.toMatchObject({ code: 'conflict' });
    expect(await entriesOf(stray.id)).toHaveLength(1);
  });

  it('writes a batch in one call, with the actor kind defaulting to admin', async () => {
    const admin = await createTestUser({ role: 'ADMIN' });
    const ids: string[] = [randomUUID(), randomUUID()];
    await writeAudit(db, [
      {
        actorId: admin.id,
        entityType: 'workflow',
        action: 'workflow.reorder_assets',
        entityId: ids[0]!,
        before: { order: [1, 2] },
        after: { order: [2, 1] },
      },
      { actorId: null, actorKind: 'bank', entityType: 'purchase', action: 'purchase.approve', entityId: ids[1]! },
    ]);
    await writeAudit(db, []);
    const rows = await db
      .select({
        entityId: auditLog.entityId,
        actorKind: auditLog.actorKind,
        before: auditLog.before,
        after: auditLog.after,
      })
      .from(auditLog)
      .where(inArray(auditLog.entityId, ids));
    expect(rows.sort((a, b) => ids.indexOf(a.entityId) - ids.indexOf(b.entityId))).toEqual([
      { entityId: ids[0], actorKind: 'admin', before: { order: [1, 2] }, after: { order: [2, 1] } },
      { entityId: ids[1], actorKind: 'bank', before: null, after: null },
    ]);
  });

  it('only the listed entity/action pairs compile', () => {
    const entries: AuditEntry[] = [
      { actorId: null, entityType: 'comment', action: 'review.hide', entityId: randomUUID() },
      // @ts-expect-error a review is filed as 'comment', not 'review'
      { actorId: null, entityType: 'review', action: 'review.hide', entityId: randomUUID() },
      // @ts-expect-error an action belongs to its entity type
      { actorId: null, entityType: 'user', action: 'review.hide', entityId: randomUUID() },
    ];
    expect(entries).toHaveLength(3);
  });
});
