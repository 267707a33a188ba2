import { z } from 'zod';
import { CONFIRM_FIELD } from '@/lib/forms/confirmation';
import { vm } from './messages';

/** The schema side of lib/forms/confirmation.ts: `confirmed=yes` or nothing happens. */
const NOT_CONFIRMED = vm('notConfirmed');

export const confirmedSchema = z.literal('yes', { error: NOT_CONFIRMED });

/** Adds the confirmation rule when `needed(value)` holds (disabling an account, not re-enabling it). */
export function confirmedWhen<T extends { confirmed?: string }>(needed: (value: T) => boolean) {
  return (value: T, ctx: z.RefinementCtx) => {
    if (needed(value) && value.confirmed !== 'yes') {
      ctx.addIssue({ code: 'custom', path: [CONFIRM_FIELD], message: NOT_CONFIRMED });
    }
  };
}
