'use client';

import { useActionState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { idleState, type ActionState, type FormAction } from '@/lib/forms/action-state';

/**
 * One submit button that posts hidden fields to an action (buy, delete a review, the admin's small
 * actions). It is disabled while the action runs, so a double click sends once, and then reads
 * `pendingLabel`; `outcome` shows what the action answered. Works without JavaScript as a plain form post.
 */
export function PostButton({
  id,
  action,
  fields,
  children,
  pendingLabel,
  variant,
  className,
  buttonClassName,
  extra,
  outcome,
}: {
  /** The form's id, for controls elsewhere on the page that belong to it (`form="…"`). */
  id?: string;
  action: FormAction;
  fields?: Record<string, string>;
  children: ReactNode;
  pendingLabel?: string;
  variant?: 'primary' | 'secondary' | 'ghost' | 'danger';
  className?: string;
  buttonClassName?: string;
  /** More controls inside the same form (a reason field, a confirmation checkbox). */
  extra?: ReactNode;
  outcome: (state: ActionState) => ReactNode;
}) {
  const [state, formAction, isPending] = useActionState(action, idleState);
  return (
    <form id={id} action={formAction} className={className}>
      {Object.entries(fields ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {extra}
      <Button type="submit" variant={variant} disabled={isPending} className={buttonClassName}>
        {isPending && pendingLabel ? pendingLabel : children}
      </Button>
      {outcome(state)}
    </form>
  );
}
