import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The longest request URL (path and query) the server takes, in bytes as sent. Longer ones get 414 before
 * Next sees them: Next echoes a rewritten URL in the `x-middleware-rewrite` response header, so a query of
 * ~8–16 kB (the request itself is within Node's 16 kB header limit) made a response whose headers clients
 * refuse to parse ("Header overflow"), instead of a clear answer. nginx's default limit is the same 8 kB.
 */
const MAX_URL_LENGTH = 8192;

/** Answers 414 URI Too Long for a request URL over MAX_URL_LENGTH; true when it did. */
export function refuseLongUrl(req: IncomingMessage, res: ServerResponse): boolean {
  if ((req.url?.length ?? 0) <= MAX_URL_LENGTH) return false;
  res.statusCode = 414;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(`URI Too Long: this address is over ${MAX_URL_LENGTH} characters. Shorten the search or the filters.\n`);
  return true;
}
