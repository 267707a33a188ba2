/**
 * The purchase state rules. A purchase is PENDING until an admin (or a matched bank transfer) approves
 * it (ACTIVE, "Paid") or it is rejected (REJECT): by an admin with a reason, by the buyer cancelling,
 * or by the payment window closing. ACTIVE and REJECT are final. (The refusal of a transition that is not
 * allowed is in ./purchase-transitions.ts, so the client components using this module ship no messages.)
 */
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
