'use client';

import type { ComponentProps } from 'react';
import { PostButton } from '@/components/ui/post-button';
import type { ActionState } from '@/lib/forms/action-state';
import { cn } from '@/lib/cn';

/**
 * One button that posts hidden fields to an admin action (resolve, hide, disable…): a PostButton
 * (components/ui/post-button.tsx) in the admin pages' size, its outcome announced next to it.
 */
export function ActionButton({
  variant = 'secondary',
  className,
  ...props
}: Omit<ComponentProps<typeof PostButton>, 'outcome' | 'buttonClassName' | 'size'>) {
  return (
    <PostButton
      {...props}
      variant={variant}
      className={cn('flex flex-wrap items-center gap-2', className)}
      size="sm"
      outcome={(state) => <ActionOutcome state={state} />}
    />
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
