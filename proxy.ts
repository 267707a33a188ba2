import { NextResponse, type NextRequest } from 'next/server';
import { env, isDevelopment } from '@/lib/env';
import { badUrlResponse } from '@/lib/http/bad-url';
import { anonymousVariantPath, isVariantPath } from '@/lib/http/page-variants';
import { VARIANT_CSP_HEADER, NONCE_HEADER, createNonce, pageSecurityHeaders } from '@/lib/http/security-headers';
import { LOCALE_COOKIE, isLocale, localizedPath, routing, splitLocale, type Locale } from '@/i18n/routing';
import { prefersVietnamese } from '@/lib/http/accept-language';

// next-intl reads a request's language from this header when a page did not set it (setRequestLocale).
const LOCALE_HEADER = 'X-NEXT-INTL-LOCALE';

const SIGNED_IN_PREFIXES = ['/account', '/checkout'];
// next-auth's session cookie (the __Secure- prefix is used over https; large tokens are chunked: .0, .1…).
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/**
 * Convenience only: sends visitors without a session cookie from signed-in pages to /login, and
 * passes the request path on to server components. Every page, action and route handler still checks
 * the session itself. The proxy deliberately does not run next-auth: its rolling-session refresh sets
 * the cookie again on every request, so a prefetch still in flight at sign-out would restore it.
 */
export default function proxy(req: NextRequest) {
  // Next has already re-encoded the query here (invalid UTF-8 in it reads as U+FFFD, which is harmless);
  // the path is as sent, and NUL is kept in both.
  const badUrl = badUrlResponse(req.nextUrl);
  if (badUrl) return badUrl;
  // API routes and files only needed the check above.
  if (!isPage(req.nextUrl.pathname)) return NextResponse.next();
  const { search } = req.nextUrl;
  // The language is the URL's: /vi/… is Vietnamese, anything else English (i18n/routing.ts). English has
  // no prefix: /en/… redirects to the URL without it.
  const { locale, path: pathname } = splitLocale(req.nextUrl.pathname);
  if (req.nextUrl.pathname === '/en' || req.nextUrl.pathname.startsWith('/en/')) {
    return NextResponse.redirect(new URL(pathname + search, req.nextUrl.origin), 308);
  }
  // A visitor who chose Vietnamese (the switcher's cookie), or whose browser prefers it on a first visit,
  // gets the Vietnamese page; a chosen English stays English.
  if (locale === routing.defaultLocale && req.method === 'GET') {
    const chosen = req.cookies.get(LOCALE_COOKIE)?.value;
    const wanted: Locale = isLocale(chosen)
      ? chosen
      : prefersVietnamese(req.headers.get('accept-language'))
        ? 'vi'
        : 'en';
    if (wanted !== locale)
      return NextResponse.redirect(new URL(localizedPath(wanted, pathname) + search, req.nextUrl.origin));
  }
  // The path as the visitor sees it (with /vi): sign-in callbacks and server actions read it.
  const path = req.nextUrl.pathname + search;
  // The anonymous variant's internal routes are reached only through the rewrite below.
  if (isVariantPath(pathname)) return new NextResponse('Not found', { status: 404 });
  const hasSession = req.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name));
  if (!hasSession && SIGNED_IN_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
    const url = new URL(localizedPath(locale, '/login'), req.nextUrl.origin);
    url.searchParams.set('callbackUrl', path);
    return NextResponse.redirect(url);
  }
  // `next dev` renders every request anyway, with development scripts the nonce insertion (serve.ts)
  // does not know: there, every visitor gets the page rendered per request.
  const variant = hasSession || isDevelopment() ? null : anonymousVariantPath(pathname, req.nextUrl.searchParams);
  // Each language has its own internal route (app/[locale]/…), so its own cached variant.
  if (variant) return anonymousVariant(req, `/${locale}${variant}`, path, locale);
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set('x-pathname', path);
  requestHeaders.set(LOCALE_HEADER, locale);
  const internal = new URL(`/${locale}${pathname === '/' ? '' : pathname}${search}`, req.nextUrl.origin);
  return withPageSecurityHeaders(requestHeaders, (headers) => NextResponse.rewrite(internal, { request: { headers } }));
}

/**
 * The per-request Content-Security-Policy (Next's CSP guide): a fresh nonce goes to the renderer in the
 * request's own CSP header (Next puts it on its scripts) and in `x-nonce` (for our inline tags, read with
 * `headers()`); the browser gets the same policy, plus HSTS when APP_URL is https.
 */
function withPageSecurityHeaders(requestHeaders: Headers, next: (headers: Headers) => NextResponse): NextResponse {
  const nonce = createNonce();
  const security = pageSecurityHeaders({
    nonce,
    development: isDevelopment(),
    appUrl: env().APP_URL,
  });
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set('Content-Security-Policy', security['Content-Security-Policy']);
  const response = next(requestHeaders);
  for (const [key, value] of Object.entries(security)) response.headers.set(key, value);
  return response;
}

/**
 * A visitor without a session on a public page gets its anonymous variant, from the static cache
 * (lib/http/page-variants.ts). The renderer gets no nonce (cached HTML must not carry one); the browser
 * gets the same policy as every page, and scripts/serve.ts puts this response's nonce on the scripts Next
 * emitted (lib/http/html-nonce.ts) before the HTML leaves (lib/http/variant-response.ts).
 */
function anonymousVariant(req: NextRequest, variant: string, path: string, locale: Locale): NextResponse {
  const url = new URL(variant, req.nextUrl.origin);
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set(LOCALE_HEADER, locale);
  // For a server action posted from the page (the favorite button sends a visitor to sign in and back);
  // the cached page itself never reads it.
  requestHeaders.set('x-pathname', path);
  requestHeaders.delete('content-security-policy');
  requestHeaders.delete(NONCE_HEADER);
  const nonce = createNonce();
  const response = NextResponse.rewrite(url, { request: { headers: requestHeaders } });
  const security = pageSecurityHeaders({ nonce, development: isDevelopment(), appUrl: env().APP_URL });
  // Next copies a proxy response's headers onto the request it renders, and takes the nonce from a
  // Content-Security-Policy there: the policy travels under another name, and serve.ts sets it.
  const { 'Content-Security-Policy': policy, ...others } = security;
  for (const [key, value] of Object.entries(others)) response.headers.set(key, value);
  response.headers.set(VARIANT_CSP_HEADER, policy);
  return response;
}

/** The paths the session redirect and `x-pathname` are for (not API routes, not static files). */
function isPage(pathname: string): boolean {
  // The Open Graph cards (app/og, app/{workflows,categories}/[slug]/opengraph-image) are images: their language
  // is in their own path (/og/vi/…, lib/og/meta.ts), never routed like a page's.
  return !/^\/(?:api\/|covers\/|images\/|media\/|og\/)|\/opengraph-image|\.(?:svg|png|jpg|ico|txt|xml)$/.test(pathname);
}

export const config = {
  // Every request but Next's own build files, so that a bad URL (`badUrlResponse`) is a 400 everywhere.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
