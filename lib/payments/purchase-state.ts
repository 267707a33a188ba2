/**
 * The purchase state rules. A purchase is PENDING until an admin (or a matched bank transfer) approves
 * it (ACTIVE, "Paid") or it is rejected (REJECT): by an admin with a reason, by the buyer cancelling,
 * or by the payment window closing. ACTIVE and REJECT are final.
 */
import { AppError, em, type ErrorKey, type ErrorValues } from '../errors';

export type PurchaseStatus = 'PENDING' | 'ACTIVE' | 'REJECT';

/** The reject reasons the system writes itself (an admin writes a sentence). */
export const EXPIRED_REASON = 'expired';
export const CANCELLED_REASON = 'cancelled';

const ALLOWED: Record<PurchaseStatus, readonly PurchaseStatus[]> = {
  PENDING: ['ACTIVE', 'REJECT'],
  ACTIVE: [],
  REJECT: [],
};

export function canTransition(from: PurchaseStatus, to: PurchaseStatus): boolean {
  return ALLOWED[from].includes(to);
}

type Verb = 'approve' | 'reject' | 'cancel';
const TARGET: Record<Verb, PurchaseStatus> = { approve: 'ACTIVE', reject: 'REJECT', cancel: 'REJECT' };

/** Why `verb` cannot happen to a purchase in `from`: a key of the `errors` namespace and its values. */
export function refusalMessage(
  verb: Verb,
  from: PurchaseStatus,
  rejectReason?: string | null,
): { key: ErrorKey; values: ErrorValues } {
  if (from === 'ACTIVE') return { key: em('purchaseAlreadyPaid'), values: { verb } };
  if (from === 'REJECT') {
    const why =
      rejectReason === EXPIRED_REASON ? 'expired' : rejectReason === CANCELLED_REASON ? 'cancelled' : 'rejected';
    return { key: em('purchaseClosed'), values: { verb, why } };
  }
  return { key: em('purchaseNotNow'), values: { verb } };
}

/** Throws AppError('conflict') unless `verb` is allowed from `from`. */
export function assertTransition(verb: Verb, from: PurchaseStatus, rejectReason?: string | null): void {
  if (canTransition(from, TARGET[verb])) return;
  const { key, values } = refusalMessage(verb, from, rejectReason);
  throw new AppError('conflict', key, { values });
}

const HOUR_MS = 3_600_000;

/** When a PENDING purchase created at `createdAt` can no longer be paid. */
export function paymentDeadline(createdAt: Date, ttlHours: number): Date {
  return new Date(createdAt.getTime() + ttlHours * HOUR_MS);
}

/** PENDING purchases created before this moment are past their payment window. */
export function expiryCutoff(now: Date, ttlHours: number): Date {
  return new Date(now.getTime() - ttlHours * HOUR_MS);
}

export function isPastDeadline(createdAt: Date, now: Date, ttlHours: number): boolean {
  return paymentDeadline(createdAt, ttlHours).getTime() <= now.getTime();
}

/** What the buyer and the admin read (UI-CONTRACT: "Pending", "Paid", "Rejected", "Cancelled"). */
export type StatusLabel = 'Pending' | 'Paid' | 'Rejected' | 'Cancelled';

/**
 * A cancelled purchase is stored as REJECT with the reason CANCELLED_REASON (only `cancelPurchase` writes
 * it: an admin's reason may not be that word, see `isReservedRejectReason`), so the label derives from both.
 */
export function statusLabel(status: PurchaseStatus, rejectReason?: string | null): StatusLabel {
  if (status === 'ACTIVE') return 'Paid';
  if (status === 'PENDING') return 'Pending';
  return rejectReason === CANCELLED_REASON ? 'Cancelled' : 'Rejected';
}

/** The reasons the system writes itself: an admin's reject reason may not be one of them. */
export function isReservedRejectReason(reason: string): boolean {
  const word = reason.trim().toLowerCase();
  return word === CANCELLED_REASON || word === EXPIRED_REASON;
}
