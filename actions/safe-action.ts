import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getCurrentUser, requireAdmin, requireUser, type SessionUser } from '@/server/auth/guards';
import { isAppError } from '@/lib/errors';
import { refusalTranslator } from '@/lib/errors-text';
import { keyedRecord } from '@/lib/http/keyed-record';
import { markActionStarted } from '@/lib/http/response-status';
import { isValidationKey } from '@/lib/validations/messages';
import { badTextFields } from '@/lib/validations/text';
import type { ActionState, FormAction } from '@/lib/forms/action-state';

const SECRET_FIELDS = /password|token|secret/i;

function echoValues(formData: FormData): Record<string, string> {
  return Object.fromEntries(
    [...formData.entries()].filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === 'string' && !entry[0].startsWith('$ACTION') && !SECRET_FIELDS.test(entry[0]),
    ),
  );
}

type Translate = (message: string) => string;

/**
 * The one place messages get their words (lib/validations/messages.ts): a key of the `validation`
 * namespace is translated into the request's language (the page's `[locale]`, which proxy.ts also sends
 * with the action's POST), anything else (a schema not converted yet) is kept. An AppError's key (of
 * `errors`, or of `validation`) is translated with its values by `errorState` (lib/errors-text.ts).
 */
async function translator(): Promise<Translate> {
  const t = await getTranslations('validation');
  return (message) => (isValidationKey(message) ? t(message) : message);
}

function translateFieldErrors(
  errors: Record<string, string[] | undefined>,
  tr: Translate,
): Record<string, string[] | undefined> {
  return Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, messages?.map(tr)]));
}

/** The form's state when some fields are refused: the fields' messages and a line above the button. */
async function invalidFields(formData: FormData, fieldErrors: Record<string, string[] | undefined>) {
  const tr = await translator();
  return {
    status: 'error',
    message: tr('correctFields'),
    fieldErrors: translateFieldErrors(fieldErrors, tr),
    values: echoValues(formData),
  } satisfies ActionState;
}

/** Turns what a data-layer call threw into a message for the user; anything unexpected is logged. */
export async function errorState(error: unknown, formData?: FormData): Promise<ActionState> {
  unstable_rethrow(error);
  const values = formData ? echoValues(formData) : undefined;
  if (isAppError(error)) {
    const message = (await refusalTranslator())(error);
    return { status: 'error', message, fieldErrors: error.field ? { [error.field]: [message] } : undefined, values };
  }
  console.error('[action] unexpected error:', error);
  return { status: 'error', message: (await translator())('somethingWrong'), values };
}

/** A field the server refused after the schema passed (e.g. a password too easy to guess). */
export function fieldErrorState(formData: FormData, field: string, message: string): Promise<ActionState> {
  return invalidFields(formData, { [field]: [message] });
}

type Handler<S extends z.ZodType, U, T extends ActionState> = (
  data: z.output<S>,
  user: U,
  formData: FormData,
) => Promise<T>;

type KeysOf<T> = T extends unknown ? keyof T : never;
type ValueOf<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;
/**
 * The state an action's form sees: ActionState, plus (optional) whatever else the handler returns, e.g. the
 * statement preview's `rows`. For a handler that returns plain ActionState values this is ActionState.
 */
type StateOf<T> = ActionState & { [K in Exclude<KeysOf<T>, KeysOf<ActionState>>]?: ValueOf<T, K> };

type ActionOptions = {
  /** Turns the posted form into what the schema reads, before it is parsed (an uploaded file into a text field). */
  prepare?: (formData: FormData) => Promise<FormData>;
};

function wrap<S extends z.ZodType, U, T extends ActionState>(
  schema: S,
  resolveUser: () => Promise<U>,
  handler: Handler<S, U, T>,
  options: ActionOptions = {},
): FormAction<StateOf<T>> {
  const run = async (posted: unknown): Promise<StateOf<T>> => {
    const user = await resolveUser();
    // A form action is called with the posted FormData; a hand-made call with anything else changes nothing.
    if (!(posted instanceof FormData)) return { status: 'error', message: (await translator())('formUnreadable') };
    const formData = options.prepare ? await options.prepare(posted) : posted;
    const input = keyedRecord(formData, (key) => !key.startsWith('$ACTION'));
    // One rule for every form: text the database cannot store (NUL, broken characters) is refused.
    const badText = badTextFields(input);
    if (badText) return invalidFields(formData, badText);
    const parsed = schema.safeParse(input);
    if (!parsed.success) return invalidFields(formData, z.flattenError(parsed.error).fieldErrors);
    try {
      // Next's redirect() and notFound() throw: errorState re-throws them, so a handler redirects where it is.
      return await handler(parsed.data, user, formData);
    } catch (error) {
      return errorState(error, formData);
    }
  };
  // useActionState calls (prev, formData); a plain <form action> calls (formData) and ignores the result.
  const action = async (prevOrForm: unknown, formData?: unknown) => {
    markActionStarted();
    if (formData === undefined) {
      await run(prevOrForm);
      return undefined;
    }
    return run(formData);
  };
  return action as FormAction<StateOf<T>>;
}

/*
 * Every form action is one of these three, exported as a constant from a 'use server' module:
 *   export const createReviewAction = validatedActionWithUser(createReviewSchema, async (data, user) => { … });
 * The handler gets the parsed data, the user and the (prepared) FormData; it returns an ActionState or
 * redirects (redirect() inside the handler). The same constant serves useActionState/useActionForm and a
 * plain <form action={…}> that shows no result.
 */

/** An action anybody may call (sign in, register, contact form). */
export function validatedAction<S extends z.ZodType, T extends ActionState>(
  schema: S,
  handler: Handler<S, SessionUser | null, T>,
  options?: ActionOptions,
) {
  return wrap(schema, getCurrentUser, handler, options);
}

/** An action for signed-in users; a signed-out caller is sent to /login (and back to `callbackUrl`, else the current page). */
export function validatedActionWithUser<S extends z.ZodType, T extends ActionState>(
  schema: S,
  handler: Handler<S, SessionUser, T>,
  { callbackUrl, ...options }: ActionOptions & { callbackUrl?: string } = {},
) {
  return wrap(schema, () => requireUser(callbackUrl), handler, options);
}

/** An admin action; anybody else gets the 404 page, also when calling it directly. */
export function validatedActionWithAdmin<S extends z.ZodType, T extends ActionState>(
  schema: S,
  handler: Handler<S, SessionUser, T>,
  options?: ActionOptions,
) {
  return wrap(schema, requireAdmin, handler, options);
}
