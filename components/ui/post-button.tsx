'use client';

import { useActionState, useRef, type FormEvent, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import type { ButtonSize, ButtonVariant } from '@/components/ui/button-styles';
import { ConfirmDialog, ConfirmStep, ConfirmYes, type Confirmation } from '@/components/ui/confirm-dialog';
import { idleState, type ActionState, type FormAction } from '@/lib/forms/action-state';
import { asksConfirmation, CONFIRM_FIELD } from '@/lib/forms/confirmation';

/**
 * One submit button that posts hidden fields to an action (buy, delete a review, the admin's small
 * actions). It is disabled while the action runs, so a double click sends once, and then reads
 * `pendingLabel`; `outcome` shows what the action answered. Works without JavaScript as a plain form post.
 *
 * With `confirm` (destructive actions; their schema wants `confirmed=yes`, lib/forms/confirmation.ts):
 * the button opens a `<dialog>` whose "yes" button posts with `confirmed=yes`. Without JavaScript the
 * first post changes nothing and the server's answer renders the question with the same "yes" button.
 */
export function PostButton({
  id,
  action,
  fields,
  children,
  pendingLabel,
  variant,
  size,
  className,
  buttonClassName,
  extra,
  outcome,
  confirm,
}: {
  /** The form's id, for controls elsewhere on the page that belong to it (`form="…"`). */
  id?: string;
  action: FormAction;
  fields?: Record<string, string>;
  children: ReactNode;
  pendingLabel?: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
  /** Layout of the button (`w-full`); its padding and colours are `size` and `variant`. */
  buttonClassName?: string;
  /** More controls inside the same form (a reason field, a confirmation checkbox). */
  extra?: ReactNode;
  outcome: (state: ActionState) => ReactNode;
  confirm?: Confirmation;
}) {
  const [state, formAction, isPending] = useActionState(action, idleState);
  const dialog = useRef<HTMLDialogElement>(null);
  const asking = confirm !== undefined && asksConfirmation(state);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!confirm) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (submitter?.getAttribute('name') === CONFIRM_FIELD) {
      dialog.current?.close();
      return;
    }
    event.preventDefault();
    dialog.current?.showModal();
  };

  const yesButton = confirm ? (
    <ConfirmYes disabled={isPending}>{isPending && pendingLabel ? pendingLabel : confirm.yes}</ConfirmYes>
  ) : null;

  return (
    <form id={id} action={formAction} onSubmit={onSubmit} className={className}>
      {Object.entries(fields ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {extra}
      {asking ? (
        <ConfirmStep question={confirm.question} yes={yesButton} />
      ) : (
        <Button type="submit" variant={variant} size={size} disabled={isPending} className={buttonClassName}>
          {isPending && pendingLabel ? pendingLabel : children}
        </Button>
      )}
      {confirm ? <ConfirmDialog ref={dialog} question={confirm.question} no={confirm.no} yes={yesButton} /> : null}
      {asking ? null : outcome(state)}
    </form>
  );
}
