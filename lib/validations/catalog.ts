import { z } from 'zod';
import { encodeN8nVersion, formatN8nVersion, WORKFLOW_PLATFORMS } from '@/lib/workflows/platforms';
import { cleanText } from './text';

/** Sort keys as they appear in the URL (`?sort=`), in the order the "Sort by" select lists them. */
export const SORTS = ['relevance', 'newest', 'price-asc', 'price-desc', 'rating', 'best-selling'] as const;
export type CatalogSort = (typeof SORTS)[number];

/** The sort when the URL names none: relevance needs words to rank by, so without a query the newest first. */
export function defaultSort(q: string | undefined): CatalogSort {
  return q ? 'relevance' : 'newest';
}

export const PAGE_SIZE = 12;
/** Deeper pages are refused (clamped): nobody reads page 800, and OFFSET cost grows with the page. */
export const MAX_PAGE = 500;
const MAX_PRICE = 9_999_999_999;

/** A single query-string value: the first of a repeated key, trimmed, NUL and broken characters removed; empty means absent. */
const single = z.preprocess((v) => {
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first !== 'string') return undefined;
  const trimmed = cleanText(first).trim();
  return trimmed === '' ? undefined : trimmed;
}, z.string().optional());

/** A repeatable key (`?category=a&category=b`, or `a,b`): distinct slugs, at most 20. */
const slugList = z.preprocess((v) => {
  const values = (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []).flatMap((s: unknown) =>
    typeof s === 'string' ? s.split(',') : [],
  );
  return [...new Set(values.map((s) => s.trim().toLowerCase()).filter((s) => /^[a-z0-9-]{1,80}$/.test(s)))].slice(
    0,
    20,
  );
}, z.array(z.string()));

/** App names are free text in the data ("Google Sheets"): keep them as typed, trimmed, distinct. */
const appList = z.preprocess((v) => {
  const values = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
  const clean = values
    .filter((s): s is string => typeof s === 'string')
    .map((s) => cleanText(s).trim())
    .filter((s) => s.length > 0 && s.length <= 60);
  return [...new Set(clean)].slice(0, 20);
}, z.array(z.string()));

/** The longest search kept, in characters; a longer one is shortened (`shortenQuery`), not dropped. */
export const MAX_QUERY_LENGTH = 200;

/**
 * The first `MAX_QUERY_LENGTH` characters of `q`, cut before the last word that would not fit whole
 * (a single longer word is cut where the limit falls).
 */
export function shortenQuery(q: string): string {
  const chars = Array.from(q);
  if (chars.length <= MAX_QUERY_LENGTH) return q;
  const head = chars.slice(0, MAX_QUERY_LENGTH + 1).join('');
  const boundary = head.search(/\s\S*$/u);
  return (boundary > 0 ? head.slice(0, boundary) : chars.slice(0, MAX_QUERY_LENGTH).join('')).trimEnd();
}

/** A whole number in [min, max]; anything else (text, out of range) reads as absent. */
const intParam = (min: number, max: number) =>
  single
    .transform((v) => (v === undefined ? undefined : Number(v)))
    .pipe(z.number().int().min(min).max(max).optional())
    .catch(undefined);

export const catalogSearchSchema = z
  .object({
    q: single.catch(undefined),
    // Set by catalogHref on a search that was shortened, so its next pages still say so.
    shortened: single.catch(undefined),
    category: slugList.catch([]),
    app: appList.catch([]),
    // One platform (`?platform=make`); an unknown one reads as any.
    platform: single
      .transform((v) => v?.toLowerCase())
      .pipe(z.enum(WORKFLOW_PLATFORMS).optional())
      .catch(undefined),
    // The shopper's n8n version (`?n8n=1.19.0`, `0`: older than every stated minimum): templates for n8n
    // that need no newer one. Anything else reads as any version.
    n8n: single
      .pipe(
        z
          .string()
          .regex(/^\d{1,3}(\.\d{1,3}){0,2}$/)
          .optional(),
      )
      .transform((v) => (v === undefined ? undefined : encodeN8nVersion(v)))
      .catch(undefined),
    // `?builtIn=1`: only templates that need no community node.
    builtIn: single.transform((v) => v === '1').catch(false),
    // Whole, non-negative amounts in VND.
    minPrice: intParam(0, MAX_PRICE),
    maxPrice: intParam(0, MAX_PRICE),
    minRating: intParam(1, 5),
    sort: single.pipe(z.enum(SORTS).optional()).catch(undefined),
    page: intParam(1, Number.MAX_SAFE_INTEGER),
  })
  .transform((s) => {
    // A reversed range is read the way the shopper meant it.
    const [minPrice, maxPrice] =
      s.minPrice !== undefined && s.maxPrice !== undefined && s.minPrice > s.maxPrice
        ? [s.maxPrice, s.minPrice]
        : [s.minPrice, s.maxPrice];
    const q = s.q === undefined ? undefined : shortenQuery(s.q);
    return {
      q: q ?? '',
      /** The query as typed was longer than MAX_QUERY_LENGTH and was shortened (the page says so). */
      qShortened: q !== undefined && (q !== s.q || s.shortened === '1'),
      category: s.category,
      app: s.app,
      platform: s.platform,
      n8n: s.n8n,
      builtIn: s.builtIn,
      minPrice,
      maxPrice,
      minRating: s.minRating,
      sort: s.sort ?? defaultSort(q),
      page: Math.min(s.page ?? 1, MAX_PAGE),
    };
  });

export type CatalogSearch = z.output<typeof catalogSearchSchema>;
export type RawSearchParams = Record<string, string | string[] | undefined>;

export function parseCatalogSearch(params: RawSearchParams): CatalogSearch {
  return catalogSearchSchema.parse(params);
}

/**
 * The canonical query string of a state (defaults left out), with `overrides` applied: what links to
 * another page, sort or filter use, so every state is shareable and Back works.
 */
export function catalogHref(state: CatalogSearch, overrides: Partial<CatalogSearch> = {}, path = '/workflows'): string {
  const s = { ...state, ...overrides };
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  // Another query (a correction, the keywords edited) was not shortened.
  if (s.q && s.qShortened && overrides.q === undefined) p.set('shortened', '1');
  for (const c of s.category) p.append('category', c);
  for (const a of s.app) p.append('app', a);
  if (s.platform) p.set('platform', s.platform);
  if (s.n8n !== undefined) p.set('n8n', s.n8n === 0 ? '0' : formatN8nVersion(s.n8n));
  if (s.builtIn) p.set('builtIn', '1');
  if (s.minPrice !== undefined) p.set('minPrice', String(s.minPrice));
  if (s.maxPrice !== undefined) p.set('maxPrice', String(s.maxPrice));
  if (s.minRating !== undefined) p.set('minRating', String(s.minRating));
  if (s.sort !== defaultSort(s.q)) p.set('sort', s.sort);
  if (s.page > 1) p.set('page', String(s.page));
  const qs = p.toString();
  return qs ? `${path}?${qs}` : path;
}
