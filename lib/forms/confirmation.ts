import type { ActionState } from './action-state';

/**
 * Destructive actions (cancel a purchase, delete a review, disable an account, announce to everybody) run
 * only when the form carries `confirmed=yes`: the dialog's (or, without JavaScript, the confirmation
 * step's) "Yes" button sends it, so one stray click or Enter on the first button changes nothing.
 * No zod here: shop pages import it (lib/validations/confirm.ts holds the schema side).
 */
export const CONFIRM_FIELD = 'confirmed';

/** True when the action refused only for want of a confirmation (the form then asks for it). */
export function asksConfirmation(state: ActionState): boolean {
  return state.status === 'error' && Boolean(state.fieldErrors?.[CONFIRM_FIELD]?.length);
}
