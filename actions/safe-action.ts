import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { getCurrentUser, requireAdmin, requireUser, type SessionUser } from '@/server/auth/guards';
import { isAppError } from '@/lib/errors';
import { badTextFields } from '@/lib/validations/text';
import type { ActionState } from '@/lib/forms/action-state';

const SECRET_FIELDS = /password|token|secret/i;

/** FormData as a plain object; a key sent several times (checkbox groups) becomes an array. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const all = formData.getAll(key).map((v) => (typeof v === 'string' ? v : v));
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION') && !SECRET_FIELDS.test(key)) {
      values[key] = value;
    }
  }
  return values;
}

/** Turns what a data-layer call threw into a message for the user; anything unexpected is logged. */
export function errorState(error: unknown, formData?: FormData): ActionState {
  unstable_rethrow(error);
  const values = formData ? echoValues(formData) : undefined;
  if (isAppError(error)) {
    return {
      status: 'error',
      message: error.message,
      fieldErrors: error.field ? { [error.field]: [error.message] } : undefined,
      values,
    };
  }
  console.error('[action] unexpected error:', error);
  return { status: 'error', message: 'Something went wrong on our side. Please try again.', values };
}

/** A field the server refused after the schema passed (e.g. a password too easy to guess). */
export function fieldErrorState(formData: FormData, field: string, message: string): ActionState {
  return {
    status: 'error',
    message: 'Please correct the highlighted fields.',
    fieldErrors: { [field]: [message] },
    values: echoValues(formData),
  };
}

type Handler<S extends z.ZodType, U> = (
  data: z.output<S>,
  user: U,
  formData: FormData,
) => Promise<ActionState>;

function wrap<S extends z.ZodType, U>(
  schema: S,
  resolveUser: () => Promise<U>,
  handler: Handler<S, U>,
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const user = await resolveUser();
    const input = formDataToObject(formData);
    // One rule for every form: text the database cannot store (NUL, broken characters) is refused.
    const badText = badTextFields(input);
    if (badText) {
      return { status: 'error', message: 'Please correct the highlighted fields.', fieldErrors: badText, values: echoValues(formData) };
    }
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return {
        status: 'error',
        message: 'Please correct the highlighted fields.',
        fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
        values: echoValues(formData),
      };
    }
    try {
      return await handler(parsed.data, user, formData);
    } catch (error) {
      return errorState(error, formData);
    }
  };
}

/** An action anybody may call (sign in, register, contact form). */
export function validatedAction<S extends z.ZodType>(
  schema: S,
  handler: Handler<S, SessionUser | null>,
) {
  return wrap(schema, getCurrentUser, handler);
}

/** An action for signed-in users; a signed-out caller is sent to /login. */
export function validatedActionWithUser<S extends z.ZodType>(
  schema: S,
  handler: Handler<S, SessionUser>,
  callbackUrl?: string,
) {
  return wrap(schema, () => requireUser(callbackUrl), handler);
}

/** An admin action; anybody else gets the 404 page, also when calling it directly. */
export function validatedActionWithAdmin<S extends z.ZodType>(
  schema: S,
  handler: Handler<S, SessionUser>,
) {
  return wrap(schema, requireAdmin, handler);
}
