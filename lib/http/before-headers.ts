import type { ServerResponse } from 'node:http';

/**
 * Runs `listener` once, just before the response's status line and headers are written (however they are
 * written: an explicit `writeHead(status, …)` or implicitly by the first write): it may still change
 * `res.statusCode` and set headers.
 */
export function beforeHeaders(res: ServerResponse, listener: () => void): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  let fired = false;
  res.writeHead = (...args: unknown[]) => {
    if (!fired && !res.headersSent) {
      fired = true;
      if (typeof args[0] === 'number') res.statusCode = args[0];
      listener();
      if (typeof args[0] === 'number') args[0] = res.statusCode;
    }
    return writeHead(...args);
  };
}
