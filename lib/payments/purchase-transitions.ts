import { AppError, em, type ErrorKey, type ErrorValues } from '../errors';
import { CANCELLED_REASON, canTransition, EXPIRED_REASON, type PurchaseStatus } from './purchase-state';

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
