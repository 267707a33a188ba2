/**
 * The shop's security headers, built in one place: proxy.ts sets the per-request Content-Security-Policy
 * (with its nonce) and HSTS on every page. The static headers every response gets (route handlers and
 * /api included: nosniff, Referrer-Policy, Permissions-Policy…) are in next.config.mjs.
 * No Node or Next imports: proxy.ts and the unit tests load it as is.
 */
import { VIDEO_FRAME_HOSTS } from '@/lib/assets/video';

/** The request header that carries the nonce to server components (`(await headers()).get(NONCE_HEADER)`). */
export const NONCE_HEADER = 'x-nonce';

/**
 * The response header that carries the Content-Security-Policy of an anonymous-variant page from
 * proxy.ts to scripts/serve.ts, which sends it as the response's policy and puts its nonce on the cached
 * HTML's scripts (lib/http/variant-response.ts). Not under its own name: Next copies a proxy response's
 * headers onto the request it renders and would bake that nonce into the shared HTML.
 */
export const VARIANT_CSP_HEADER = 'x-variant-csp';

/** The script nonce of a policy made by contentSecurityPolicy(), or null. */
export function nonceOfPolicy(policy: string): string | null {
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1] ?? null;
}

/** A fresh, unguessable nonce for one response: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export type CspOptions = {
  nonce: string;
  /** `next dev`: React rebuilds server error stacks with eval, so scripts need 'unsafe-eval' there only. */
  development: boolean;
  /** APP_URL is https: browsers are told to upgrade any http:// subresource. */
  https: boolean;
};

/**
 * The page policy. Scripts run only with this response's nonce ('strict-dynamic' lets Next's own
 * nonce-bearing scripts load its chunks); no 'unsafe-inline' and, outside development, no 'unsafe-eval'.
 * Style attributes keep 'unsafe-inline' (allowed by the issue); style elements need the nonce outside
 * development. Browsers without style-src-elem (old ones) fall back to style-src, which still works.
 */
export function contentSecurityPolicy({ nonce, development, https }: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // Style attributes (React `style={…}`: rating bars, recharts, the QR code) cannot carry a nonce, so
    // style-src keeps 'unsafe-inline' for them; <style> elements need the nonce (Next gives its own one),
    // so injected markup cannot bring a stylesheet. `next dev` inserts styles without it: not there.
    ['style-src', "'self'", "'unsafe-inline'"],
    ...(development ? [] : ([['style-src-elem', "'self'", `'nonce-${nonce}'`]] as [string, ...string[]][])),
    // Covers and avatars are same-origin; the QR download and previews use data: and blob: URLs.
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    // 'self' also allows the dev server's websocket on the same host and port.
    ['connect-src', "'self'"],
    // Gallery videos: uploaded (same origin) or an https link the admin gave.
    ['media-src', "'self'", 'https:'],
    ['object-src', "'none'"],
    // Gallery videos from YouTube and Vimeo: their privacy-enhanced players only (lib/assets/video.ts).
    ['frame-src', ...VIDEO_FRAME_HOSTS],
    ['worker-src', "'self'", 'blob:'],
    ['manifest-src', "'self'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
    ...(https ? ([['upgrade-insecure-requests']] as [string][]) : []),
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** Strict-Transport-Security: only when the shop is served over https (two years, subdomains too). */
export function strictTransportSecurity(appUrl: string): string | undefined {
  return isHttps(appUrl) ? 'max-age=63072000; includeSubDomains' : undefined;
}

export function isHttps(appUrl: string | undefined): boolean {
  try {
    return new URL(appUrl ?? '').protocol === 'https:';
  } catch {
    return false;
  }
}

/** The per-request headers of a page response: CSP with its nonce, and HSTS on https. */
export function pageSecurityHeaders(opts: { nonce: string; development: boolean; appUrl: string }) {
  const https = isHttps(opts.appUrl);
  const headers: { 'Content-Security-Policy': string; 'Strict-Transport-Security'?: string } = {
    'Content-Security-Policy': contentSecurityPolicy({ nonce: opts.nonce, development: opts.development, https }),
  };
  const hsts = strictTransportSecurity(opts.appUrl);
  if (hsts) headers['Strict-Transport-Security'] = hsts;
  return headers;
}
