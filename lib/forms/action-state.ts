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
