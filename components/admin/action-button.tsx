'use client';

import { useActionState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { idleState, type ActionState, type FormAction } from '@/lib/forms/action-state';
import { cn } from '@/lib/cn';

/**
 * One button that posts hidden fields to an admin action (resolve, hide, disable…). It is disabled
 * while the action runs, so a double click sends once; the outcome is announced next to it. Works
 * without JavaScript as a plain form post.
 */
export function ActionButton({
  action,
  fields,
  children,
  pendingLabel,
  variant = 'secondary',
  className,
  extra,
}: {
  action: FormAction;
  fields: Record<string, string>;
  children: ReactNode;
  pendingLabel?: string;
  variant?: 'primary' | 'secondary' | 'ghost' | 'danger';
  className?: string;
  /** More controls inside the same form (a reason field, a confirmation checkbox). */
  extra?: ReactNode;
}) {
  const [state, formAction, isPending] = useActionState(action, idleState);
  return (
    <form action={formAction} className={cn('flex flex-wrap items-center gap-2', className)}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {extra}
      <Button type="submit" variant={variant} disabled={isPending} className="px-3 py-1.5">
        {isPending && pendingLabel ? pendingLabel : children}
      </Button>
      <ActionOutcome state={state} />
    </form>
  );
}

/** The result of a small action: an alert on failure, a polite status on success. */
export function ActionOutcome({ state }: { state: ActionState }) {
  return (
    <span aria-live="polite" className="text-sm">
      {state.status === 'error' ? (
        <span role="alert" className="text-danger">
          {state.message}
        </span>
      ) : null}
      {state.status === 'success' && state.message ? <span className="text-success">{state.message}</span> : null}
    </span>
  );
}
