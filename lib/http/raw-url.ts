import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The longest request URL (path and query) the server takes, in bytes as sent. Longer ones get 414 before
 * Next sees them: Next echoes a rewritten URL in the `x-middleware-rewrite` response header, so a query of
 * ~8–16 kB (the request itself is within Node's 16 kB header limit) made a response whose headers clients
 * refuse to parse ("Header overflow"), instead of a clear answer. nginx's default limit is the same 8 kB.
 */
const MAX_URL_LENGTH = 8192;

/** A `%` not followed by two hex digits: Next's router cannot decode such a path and answers a bare 500. */
const MALFORMED_ESCAPE = /%(?![0-9A-Fa-f]{2})/;

function refuse(res: ServerResponse, status: number, text: string): true {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(`${text}\n`);
  return true;
}

/**
 * Answers a request URL no page can serve before Next sees it: 414 URI Too Long over MAX_URL_LENGTH, 400
 * for a path with a malformed %-escape (found by the fuzzer: `/api/notifications/abc%/open` was a bare 500 from Next, before proxy.ts and its `badUrlResponse` run).
 * True when it answered. A malformed escape in the query is left to the pages (they read it as text).
 */
export function refuseBadUrl(req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url ?? '/';
  if (url.length > MAX_URL_LENGTH) {
    return refuse(
      res,
      414,
      `URI Too Long: this address is over ${MAX_URL_LENGTH} characters. Shorten the search or the filters.`,
    );
  }
  const query = url.indexOf('?');
  const path = query >= 0 ? url.slice(0, query) : url;
  if (MALFORMED_ESCAPE.test(path)) {
    return refuse(res, 400, 'Bad Request: the address holds a "%" that is not followed by two hex digits.');
  }
  return false;
}
