import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The HTTP status of the page being rendered, settable from a server component.
 *
 * Why: Next answers a `notFound()` thrown while rendering a page on demand with status 404 but an empty
 * document (`<html id="__next_error__">`): React's server renderer does not run error boundaries, so the
 * throw fails the HTML shell and Next leaves the not-found page to the browser's JavaScript. Without
 * JavaScript that is a blank page. So pages that know they have nothing to show render the not-found
 * page themselves and set the status here instead (server/http-status.ts `respondNotFound`).
 *
 * The server in front of Next (scripts/serve.ts) runs every request inside `withResponseStatus`; the
 * storage lives on globalThis because serve.ts and Next's server bundle each load their own copy of
 * this module.
 */
export type ResponseStatusSlot = {
  /** Sets the status if the response has not started and is an HTML page; false when it could not. */
  set(status: number): boolean;
  /** A server action of the shop's own started (actions/safe-action.ts): its errors are the shop's. */
  actionStarted?(): void;
  /** Next could not decode a server action's request (instrumentation.ts `onRequestError`). */
  undecodableAction?(): void;
};

const KEY = Symbol.for('usitech.response-status');

function storage(): AsyncLocalStorage<ResponseStatusSlot> {
  const global = globalThis as unknown as Record<symbol, AsyncLocalStorage<ResponseStatusSlot> | undefined>;
  return (global[KEY] ??= new AsyncLocalStorage<ResponseStatusSlot>());
}

export function withResponseStatus<T>(slot: ResponseStatusSlot, run: () => T): T {
  return storage().run(slot, run);
}

/** False outside scripts/serve.ts (a plain `next start`), for a Flight (RSC) request, or once the response started. */
export function setResponseStatus(status: number): boolean {
  return storage().getStore()?.set(status) ?? false;
}

/** Marks that the shop's own code of a server action runs (its failures stay 500: they are the shop's bugs). */
export function markActionStarted(): void {
  storage().getStore()?.actionStarted?.();
}

/** Marks that the server action's request could not be decoded, before any of the shop's code ran. */
export function markUndecodableAction(): void {
  storage().getStore()?.undecodableAction?.();
}
