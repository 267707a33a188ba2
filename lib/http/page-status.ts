/**
 * A cached page that has nothing to show (the anonymous variant of an unknown workflow or category)
 * renders its not-found page as its HTML, since a thrown notFound() would leave that HTML empty
 * (lib/http/response-status.ts), and says so in a meta tag of its metadata; scripts/serve.ts answers
 * such a page with status 404 (lib/http/variant-response.ts). Only our own metadata renders meta tags:
 * a page's content cannot make one.
 */
export const NOT_FOUND_META = { 'page-status': '404' };

const NOT_FOUND_TAG = /<meta name="page-status" content="404"\s*\/?>/;

export function isNotFoundPage(html: string): boolean {
  return NOT_FOUND_TAG.test(html);
}
