import type { Instrumentation } from 'next';

/**
 * Runs once when the server starts, before it serves anything: a bad configuration stops the server
 * with a message that names it, even when `next start` is run directly; then the periodic chores
 * (payment-window warnings, expiry sweep) are scheduled in this process.
 */
export async function register() {
  // Not configuration: a constant Next writes into each build of this file, so the Node-only imports
  // below drop out of the edge build. Everything else reads the environment through lib/env.ts.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkStartup } = await import('./lib/startup-check');
    checkStartup();
    const { startMaintenanceTimer } = await import('./server/maintenance-timer');
    startMaintenanceTimer();
  }
}

/**
 * Next reports every error of a request here. A server action whose request Next could not decode (a body
 * no browser sends: lib/http/undecodable-action.ts) is marked, so that scripts/serve.ts answers it 400
 * instead of Next's 500, unless the shop's own action code had already started.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, _request, context) => {
  if (context.routeType !== 'action') return;
  const { isUndecodableActionError } = await import('./lib/http/undecodable-action');
  if (!isUndecodableActionError(error)) return;
  const { markUndecodableAction } = await import('./lib/http/response-status');
  markUndecodableAction();
};
