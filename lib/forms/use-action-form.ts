'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type RegisterOptions,
  type UseFormRegisterReturn,
} from 'react-hook-form';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import { idleState, type FormAction } from '@/lib/forms/action-state';
import { isValidationKey } from '@/lib/validations/messages';

/**
 * What a field needs besides its id and label: the registration, the value to show first and the error.
 * Spread it into `TextField`, `TextAreaField` or `SelectField` (components/ui/field.tsx).
 */
export type FieldProps = UseFormRegisterReturn & { defaultValue?: string; error?: string };

/**
 * One zod schema for the browser and the server: react-hook-form validates first, then the form's
 * FormData goes to the server action. Without JavaScript the <form action> posts natively and the
 * server's field errors render the same way. Server field errors are mapped into the form (setError).
 */
export function useActionForm<TValues extends FieldValues>(
  schema: z.ZodType<unknown, TValues>,
  action: FormAction,
  defaultValues?: DefaultValues<TValues>,
) {
  const [state, formAction, isPending] = useActionState(action, idleState);
  const form = useForm<TValues>({
    // zodResolver's typing wants input = output; our schemas transform (trim, lower-case) on purpose.
    resolver: zodResolver(schema as never) as never,
    defaultValues,
    mode: 'onTouched',
  });
  const formRef = useRef<HTMLFormElement>(null);
  // The schema's messages are keys of the `validation` namespace (lib/validations/messages.ts): the
  // browser's check shows them in the page's language (ClientMessages gives the form that namespace).
  const t = useTranslations('validation');
  const words = (message: string) => (isValidationKey(message) ? t(message) : message);

  useEffect(() => {
    if (state.status !== 'error' || !state.fieldErrors) return;
    for (const [name, messages] of Object.entries(state.fieldErrors)) {
      if (messages?.[0]) form.setError(name as Path<TValues>, { type: 'server', message: messages[0] });
    }
  }, [state, form]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const el = event.currentTarget;
    void form.handleSubmit(() => {
      startTransition(() => formAction(new FormData(el)));
    })(event);
  };

  /** The error to show under a field: the browser's check first, then the server's. */
  const errorFor = (name: Path<TValues>): string | undefined => {
    const client = form.formState.errors[name]?.message;
    if (typeof client === 'string') return words(client);
    return state.status === 'error' ? state.fieldErrors?.[name]?.[0] : undefined;
  };

  /** What to prefill after a no-JavaScript post that failed. */
  const echoed = (name: string): string | undefined => (state.status === 'error' ? state.values?.[name] : undefined);

  /**
   * The one way to wire a text field, a text area or a select: registration, error, and the value the
   * server renders (what a failed post without JavaScript sent, else the form's default value).
   */
  const field = (name: Path<TValues>, options?: RegisterOptions<TValues, Path<TValues>>): FieldProps => {
    const initial = defaultValues?.[name];
    return {
      ...form.register(name, options),
      defaultValue: echoed(name) ?? (typeof initial === 'string' ? initial : undefined),
      error: errorFor(name),
    };
  };

  return { form, state, isPending, formAction, formRef, onSubmit, errorFor, echoed, field };
}
