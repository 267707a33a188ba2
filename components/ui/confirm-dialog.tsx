'use client';

import { useId, type ReactNode, type Ref } from 'react';
import { Button } from '@/components/ui/button';
import { CONFIRM_FIELD } from '@/lib/forms/confirmation';

/** What a destructive button asks before it acts: the question and the button that says yes. */
export type Confirmation = { question: string; yes: string; no: string };

/**
 * The question of a destructive form (lib/forms/confirmation.ts), placed inside that form: a modal
 * `<dialog>` whose `yes` button (name={CONFIRM_FIELD} value="yes") submits the form.
 */
export function ConfirmDialog({
  ref,
  question,
  no,
  yes,
}: {
  ref: Ref<HTMLDialogElement>;
  question: string;
  /** The button that closes the question without acting ("Go back"), in the page's language. */
  no: string;
  /** The submit button that confirms (`ConfirmYes`). */
  yes: ReactNode;
}) {
  const questionId = useId();
  return (
    <dialog
      ref={ref}
      aria-labelledby={questionId}
      className="m-auto max-w-sm rounded-xl border border-line bg-surface p-5 text-ink shadow-lg backdrop:bg-black/40"
    >
      <p id={questionId} className="font-medium">
        {question}
      </p>
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <Button type="button" variant="secondary" onClick={(e) => e.currentTarget.closest('dialog')?.close()} autoFocus>
          {no}
        </Button>
        {yes}
      </div>
    </dialog>
  );
}

/** Without JavaScript: the server refused for want of a confirmation; the page asks, with the same button. */
export function ConfirmStep({ question, yes }: { question: string; yes: ReactNode }) {
  return (
    <div role="alert" className="space-y-2 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-ink">
      <p>{question}</p>
      {yes}
    </div>
  );
}

/** The button that confirms: posts the form with `confirmed=yes`. */
export function ConfirmYes({ children, disabled }: { children: ReactNode; disabled?: boolean }) {
  return (
    <Button type="submit" name={CONFIRM_FIELD} value="yes" variant="danger" disabled={disabled}>
      {children}
    </Button>
  );
}
