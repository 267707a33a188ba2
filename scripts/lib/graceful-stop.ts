/**
 * A graceful stop for an HTTP server process (scripts/serve.ts): on SIGTERM or SIGINT it stops accepting
 * connections, lets the requests in flight finish (at most `graceMs`, 30 s by default, then closes what
 * is left), runs the shutdown hooks of lib/shutdown.ts (maintenance timer, then database pools), then
 * `close` (Next's own), and exits 0. A load balancer sees the port refuse and sends new requests to the
 * other instances.
 */
import type { Server } from 'node:http';
import { runShutdownHooks } from '../../lib/shutdown';

export const GRACE_MS = 30_000;

export function stopGracefullyOnSignals(
  server: Server,
  options: { graceMs?: number; close?: () => Promise<void>; log?: (message: string) => void } = {},
): void {
  const graceMs = options.graceMs ?? GRACE_MS;
  const log = options.log ?? ((message: string) => console.log(message));
  let inFlight = 0;
  server.on('request', (_req, res) => {
    inFlight++;
    res.once('close', () => inFlight--);
  });
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(
      `[serve] ${signal}: no new connections; finishing ${inFlight} request(s) in flight (up to ${graceMs / 1000} s)`,
    );
    const closed = new Promise<boolean>((resolve) => server.close(() => resolve(true)));
    // A kept-alive connection with no request on it would hold close() open until it times out.
    server.closeIdleConnections();
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    let timer: NodeJS.Timeout | undefined;
    const graceOver = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), graceMs);
    });
    const finished = await Promise.race([closed, graceOver]);
    clearInterval(idle);
    clearTimeout(timer);
    if (!finished) {
      log(`[serve] ${graceMs / 1000} s are over: closing ${inFlight} unfinished request(s)`);
      server.closeAllConnections();
    }
    await runShutdownHooks();
    await options.close?.().catch((error: unknown) => console.error('[serve] closing the app failed:', error));
    log('[serve] stopped');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(signal));
}
