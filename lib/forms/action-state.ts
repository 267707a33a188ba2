/** The one result shape of every server action (see STYLE.md §5). */
export type ActionState =
  | { status: 'idle' }
  | {
      status: 'error';
      message: string;
      fieldErrors?: Record<string, string[] | undefined>;
      /** What the user typed (never passwords), so a form posted without JavaScript keeps it. */
      values?: Record<string, string>;
    }
  | { status: 'success'; message?: string };

export const idleState: ActionState = { status: 'idle' };

/**
 * The one type of a form's server action: what `validatedAction…` (actions/safe-action.ts) returns, what
 * `useActionState`/`useActionForm` take, and what a component that receives an action as a prop declares.
 * Called with the previous state and the form, it returns the next state; called with the form alone (a
 * plain `<form action={…}>` that shows no result, also without JavaScript) it returns nothing.
 * `S` adds optional fields to the state (the statement preview's `rows`).
 */
export type FormAction<S extends ActionState = ActionState> = {
  (formData: FormData): Promise<void>;
  (prev: S, formData: FormData): Promise<S>;
};
