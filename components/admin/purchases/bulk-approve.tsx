'use client';

import { ActionOutcome } from '@/components/admin/action-button';
import { PostButton } from '@/components/ui/post-button';
import type { FormAction } from '@/lib/forms/action-state';

export const BULK_FORM_ID = 'bulk-approve';

/**
 * The form the queue's row checkboxes belong to (`form="bulk-approve"`): approves every selected
 * purchase, and says which could not be approved and why.
 */
export function BulkApproveForm({ action }: { action: FormAction }) {
  return (
    <PostButton
      id={BULK_FORM_ID}
      action={action}
      className="flex flex-wrap items-center gap-3"
      pendingLabel="Approving…"
      outcome={(state) => <ActionOutcome state={state} />}
    >
      Approve selected
    </PostButton>
  );
}

/** Ticks or clears every row checkbox of the bulk form. */
export function SelectAllCheckbox() {
  return (
    <input
      type="checkbox"
      aria-label="Select all"
      onChange={(e) => {
        const boxes = document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][form="${BULK_FORM_ID}"]`);
        boxes.forEach((box) => (box.checked = e.currentTarget.checked));
      }}
    />
  );
}
