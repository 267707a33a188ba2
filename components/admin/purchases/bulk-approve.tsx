'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { ActionOutcome } from '@/components/admin/action-button';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { idleState, type ActionState, type FormAction } from '@/lib/forms/action-state';

export const BULK_FORM_ID = 'bulk-approve';
export const APPROVE_FORM_ID = 'approve-one';

/** A refusal names the field's own sentence ("Select at least one purchase."), not a generic one. */
function specific(state: ActionState): ActionState {
  if (state.status !== 'error' || !state.fieldErrors) return state;
  const first = Object.values(state.fieldErrors).find((m) => m?.length)?.[0];
  return first ? { ...state, message: first } : state;
}

/**
 * The form the queue's row checkboxes belong to (`form="bulk-approve"`): approves, or rejects with one
 * reason, every selected purchase, and says how many and which could not be settled and why. The reject
 * part comes first in the form, so Enter in "Reason" rejects (it never approves by accident).
 */
export function BulkApproveForm({ action }: { action: FormAction }) {
  const t = useTranslations('admin');
  const [state, formAction, isPending] = useActionState(action, idleState);
  const reasonError = state.status === 'error' ? state.fieldErrors?.reason?.[0] : undefined;
  // Posted by hand so React does not reset the form afterwards: a refused post keeps the ticks and the reason.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  };
  return (
    <form id={BULK_FORM_ID} action={formAction} onSubmit={onSubmit} className="space-y-2">
      <div className="flex flex-wrap items-end gap-3">
        <TextField
          id="bulk-reason"
          label={t('purchases.bulkReason')}
          className="min-w-72 py-1.5"
          name="reason"
          maxLength={500}
          error={reasonError}
          defaultValue={state.status === 'error' ? state.values?.reason : undefined}
        />
        <Button type="submit" name="decision" value="reject" variant="danger" disabled={isPending}>
          {t('purchases.rejectSelected')}
        </Button>
        <Button type="submit" name="decision" value="approve" disabled={isPending}>
          {isPending ? t('common.saving') : t('purchases.approveSelected')}
        </Button>
      </div>
      <ActionOutcome state={specific(state)} />
    </form>
  );
}

/**
 * The form every row's "Approve" button belongs to (`form="approve-one"`, name="purchaseId"): the
 * approved row leaves the queue, the message stays here.
 */
export function ApproveOneForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form id={APPROVE_FORM_ID} action={formAction}>
      <ActionOutcome state={specific(state)} />
    </form>
  );
}

/** A row's "Approve": submits ApproveOneForm with this purchase's id. */
export function ApproveButton({ purchaseId }: { purchaseId: string }) {
  const t = useTranslations('admin');
  return (
    <Button type="submit" form={APPROVE_FORM_ID} name="purchaseId" value={purchaseId} size="sm">
      {t('purchase.approve')}
    </Button>
  );
}

/** Ticks or clears every row checkbox of the bulk form. */
export function SelectAllCheckbox() {
  const t = useTranslations('admin');
  return (
    <input
      type="checkbox"
      aria-label={t('purchases.selectAll')}
      onChange={(e) => {
        const boxes = document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][form="${BULK_FORM_ID}"]`);
        boxes.forEach((box) => (box.checked = e.currentTarget.checked));
      }}
    />
  );
}
