import 'server-only';
import { notFound } from 'next/navigation';
import { setResponseStatus } from '@/lib/http/response-status';

/**
 * For a page that has nothing to show: sets the status to 404, and the caller then returns its
 * not-found page as its own output, so the HTML carries it (lib/http/response-status.ts says why a
 * thrown `notFound()` does not). Where the status cannot be set (a client-side navigation's Flight
 * request, or a plain `next start`), it throws `notFound()` as before: the router renders the page.
 */
export function respondNotFound(): void {
  if (!setResponseStatus(404)) notFound();
}
