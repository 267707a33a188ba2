import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { workflows } from '@/db/schema';
import { AppError, em } from '@/lib/errors';
import { noticeText } from '@/lib/mail/email-text';
import { localTitle } from '@/lib/workflows/localized';
import { CANCELLED_REASON, isReservedRejectReason } from '@/lib/payments/purchase-state';
import { queueOrderRejected } from './order-mail';
import { auditSettlement, settlePendingPurchase } from './settle-purchase';
import type { AuditActor } from '../admin/audit';
import { assertActiveAdmin } from '../admin/guard';
import { isUuid, notify } from './shared';

export type RejectedPurchase = { purchaseId: string; status: 'REJECT'; rejectReason: string };

export const REJECT_REASON_MAX = 500;

/**
 * PENDING → REJECT by an admin, with a reason the buyer reads: conditional update, an ERROR
 * notification with the reason, and an audit entry, in one transaction. Anything but PENDING is a conflict.
 */
export async function rejectPurchase(adminId: string, purchaseId: string, reason: string): Promise<RejectedPurchase> {
  const text = reason.trim();
  if (text.length === 0) throw new AppError('invalid', em('rejectReasonMissing'), { field: 'reason' });
  if (text.length > REJECT_REASON_MAX) {
    throw new AppError('invalid', em('rejectReasonLong'), { field: 'reason', values: { max: REJECT_REASON_MAX } });
  }
  if (isReservedRejectReason(text)) {
    throw new AppError('invalid', em('rejectReasonSentence'), { field: 'reason' });
  }
  if (!isUuid(purchaseId)) throw new AppError('not_found', em('purchaseMissing'));
  return db.transaction(async (tx) => {
    await assertActiveAdmin(tx, adminId);
    const actor: AuditActor = { id: adminId, kind: 'admin' };
    const change = await settlePendingPurchase(tx, {
      purchaseId,
      verb: 'reject',
      set: { status: 'REJECT', reviewedBy: adminId, rejectReason: text },
      now: new Date(),
    });
    const [workflow] = await tx
      .select({ title: workflows.title, titleVi: workflows.titleVi })
      .from(workflows)
      .where(eq(workflows.id, change.after.workflowId));
    await notify(tx, [
      {
        userId: change.after.userId,
        type: 'ERROR',
        text: (locale) =>
          noticeText(locale, 'paymentRejected', {
            title: localTitle(locale, workflow?.title ?? '', workflow?.titleVi),
            reference: change.after.transferReference,
            reason: text,
          }),
        link: '/account/purchases',
      },
    ]);
    await queueOrderRejected(tx, purchaseId);
    await auditSettlement(tx, 'reject', actor, change);
    return { purchaseId, status: 'REJECT', rejectReason: text };
  });
}

/** The buyer closes their own PENDING purchase (REJECT with the reason "cancelled"). Others: not found. */
export async function cancelPurchase(userId: string, purchaseId: string): Promise<void> {
  if (!isUuid(purchaseId)) throw new AppError('not_found', em('purchaseMissing'));
  await db.transaction(async (tx) => {
    const actor: AuditActor = { id: userId, kind: 'user' };
    const change = await settlePendingPurchase(tx, {
      purchaseId,
      verb: 'cancel',
      ownerId: userId,
      set: { status: 'REJECT', reviewedBy: null, rejectReason: CANCELLED_REASON },
      now: new Date(),
    });
    await auditSettlement(tx, 'cancel', actor, change);
  });
}
