import type { ActionState } from '@/lib/forms/action-state';
import { clsx } from 'clsx';

/** The form-level outcome of an action, announced politely to screen readers. */
export function FormMessage({ state, className }: { state: ActionState; className?: string }) {
  return (
    <div aria-live="polite" className={clsx('min-h-5 text-sm', className)}>
      {state.status === 'error' ? (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-danger">
          {state.message}
        </p>
      ) : null}
      {state.status === 'success' && state.message ? (
        <p className="rounded-lg bg-green-50 px-3 py-2 text-success">{state.message}</p>
      ) : null}
    </div>
  );
}
