'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { idleState, type FormAction } from '@/lib/forms/action-state';

/**
 * A form checked by the server alone: native constraints in the markup (required, minLength, maxLength)
 * say what is expected, the action's zod schema decides, and its field errors render next to the fields.
 * No schema and no form library in the browser, for forms on pages that should stay light (the review form
 * on a workflow page); `useActionForm` (use-action-form.ts) adds the schema in the browser for the rest.
 *
 * With JavaScript the form posts through `onSubmit` (no navigation, and what was typed stays: React resets
 * a form only after a native `action` submission); without it the `<form action>` posts natively and the
 * page renders the same errors, with the typed values echoed by the action (`echoed`).
 */
export function useServerForm(action: FormAction) {
  const [state, formAction, isPending] = useActionState(action, idleState);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };

  /** The server's first error for a field. */
  const errorFor = (name: string): string | undefined =>
    state.status === 'error' ? state.fieldErrors?.[name]?.[0] : undefined;

  /** What a failed post sent for a field (to prefill it after a post without JavaScript). */
  const echoed = (name: string): string | undefined => (state.status === 'error' ? state.values?.[name] : undefined);

  return { state, isPending, formAction, onSubmit, errorFor, echoed };
}
