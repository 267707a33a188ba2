/**
 * The anonymous variant of the shop's public pages (Next's "page variations" pattern). proxy.ts rewrites
 * a request without a session cookie for a public page to an internal route under /public-view whose
 * HTML is generated once per normalised URL state and served from the cache until one of its tags is
 * expired (lib/cache-tags.ts); a request with a session cookie renders the personal page. The URL state
 * that a page depends on (catalog filters, review sort and page) is parsed with the page's own schema and
 * put back in its canonical form into one path segment, so `?utm_source=x`, a reordered query or an
 * invalid value reach the same cache entry instead of making a new one.
 *
 * Pure code: proxy.ts, the variant pages and the unit tests import it.
 */
import { catalogHref, parseCatalogSearch, type RawSearchParams } from '@/lib/validations/catalog';
import { reviewsQuerySchema } from '@/lib/validations/reviews';
import { keyedRecord } from './keyed-record';

/** The internal prefix of the anonymous variant; never served when asked for directly. */
export const VARIANT_PREFIX = '/public-view';

/** Pages without URL state of their own that have an anonymous variant (prerendered at build). */
const STATIC_PAGES = new Set(['/terms', '/privacy', '/refund-policy', '/about']);

/** A state segment for "no query" (a segment cannot be empty). */
const EMPTY_STATE = '-';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The query string (without `?`) as one path segment: base64url, or `-` when empty. */
export function encodeState(query: string): string {
  if (!query) return EMPTY_STATE;
  const bytes = new TextEncoder().encode(query);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The query of a state segment, as search params; anything malformed reads as no query. */
export function decodeState(segment: string): RawSearchParams {
  if (segment === EMPTY_STATE || !/^[A-Za-z0-9_-]+$/.test(segment)) return {};
  try {
    const binary = atob(segment.replace(/-/g, '+').replace(/_/g, '/'));
    const query = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    return keyedRecord(new URLSearchParams(query));
  } catch {
    return {};
  }
}

const queryOf = (href: string) => href.split('?')[1] ?? '';

/**
 * The internal path of a public page's anonymous variant, or null when the page has none (account,
 * checkout, admin, sign-in pages, API routes, files): those render per request as before.
 */
export function anonymousVariantPath(pathname: string, params: URLSearchParams): string | null {
  const raw = keyedRecord(params);
  if (pathname === '/') return `${VARIANT_PREFIX}/home/${EMPTY_STATE}`;
  if (pathname === '/workflows') {
    return `${VARIANT_PREFIX}/catalog/${encodeState(queryOf(catalogHref(parseCatalogSearch(raw))))}`;
  }
  const [, section, slug, ...rest] = pathname.split('/');
  if (slug !== undefined && rest.length === 0 && SLUG.test(slug)) {
    if (section === 'workflows') {
      const { reviewsSort, reviewsPage } = reviewsQuerySchema.parse(raw);
      const query = new URLSearchParams();
      if (reviewsSort !== 'newest') query.set('reviewsSort', reviewsSort);
      if (reviewsPage > 1) query.set('reviewsPage', String(reviewsPage));
      return `${VARIANT_PREFIX}/workflow/${slug}/${encodeState(query.toString())}`;
    }
    if (section === 'categories') {
      // The category is the path; a category= in the query is not part of this page's state.
      const state = { ...parseCatalogSearch(raw), category: [] };
      return `${VARIANT_PREFIX}/category/${slug}/${encodeState(queryOf(catalogHref(state)))}`;
    }
  }
  if (STATIC_PAGES.has(pathname)) return `${VARIANT_PREFIX}${pathname}`;
  return null;
}

/** A request for the internal prefix itself (only rewrites may reach it). */
export function isVariantPath(pathname: string): boolean {
  return pathname === VARIANT_PREFIX || pathname.startsWith(`${VARIANT_PREFIX}/`);
}
