import { NextResponse, type NextRequest } from 'next/server';
import { env, isDevelopment } from '@/lib/env';
import { badUrlResponse } from '@/lib/http/bad-url';
import { anonymousVariantPath, isVariantPath } from '@/lib/http/page-variants';
import { VARIANT_CSP_HEADER, NONCE_HEADER, createNonce, pageSecurityHeaders } from '@/lib/http/security-headers';

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
  const { pathname, search } = req.nextUrl;
  const path = pathname + search;
  // The anonymous variant's internal routes are reached only through the rewrite below.
  if (isVariantPath(pathname)) return new NextResponse('Not found', { status: 404 });
  const hasSession = req.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name));
  if (!hasSession && SIGNED_IN_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
    const url = new URL('/login', req.nextUrl.origin);
    url.searchParams.set('callbackUrl', path);
    return NextResponse.redirect(url);
  }
  // `next dev` renders every request anyway, with development scripts the nonce insertion (serve.ts)
  // does not know: there, every visitor gets the page rendered per request.
  const variant = hasSession || isDevelopment() ? null : anonymousVariantPath(pathname, req.nextUrl.searchParams);
  if (variant) return anonymousVariant(req, variant, path);
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set('x-pathname', path);
  return withPageSecurityHeaders(requestHeaders, (headers) => NextResponse.next({ request: { headers } }));
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
function anonymousVariant(req: NextRequest, variant: string, path: string): NextResponse {
  const url = new URL(variant, req.nextUrl.origin);
  const requestHeaders = new Headers(req.headers);
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
  return !/^\/(?:api\/|covers\/|images\/)|\.(?:svg|png|jpg|ico|txt|xml)$/.test(pathname);
}

export const config = {
  // Every request but Next's own build files, so that a bad URL (`badUrlResponse`) is a 400 everywhere.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
