import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { authConfig } from '@/lib/auth/config';

const { auth } = NextAuth(authConfig);

const SIGNED_IN_PREFIXES = ['/account', '/checkout'];

/**
 * Convenience only: sends signed-out visitors of signed-in pages to /login, and passes the request
 * path on to server components. Every page, action and route handler still checks on its own.
 */
const withAuth = auth((req) => {
  const { pathname, search } = req.nextUrl;
  const path = pathname + search;
  if (!req.auth && SIGNED_IN_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
    const url = new URL('/login', req.nextUrl.origin);
    url.searchParams.set('callbackUrl', path);
    return NextResponse.redirect(url);
  }
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set('x-pathname', path);
  return NextResponse.next({ request: { headers: requestHeaders } });
});

/**
 * auth() re-issues the session cookie on every request (sliding expiry). Only page loads keep that:
 * the app fires many background fetches (link prefetches, RSC requests; Next hides which from the
 * proxy), and one still in flight when the user signs out would land after the sign-out, put the
 * session cookie back and sign the browser in again.
 */
export default async function proxy(...args: Parameters<typeof withAuth>) {
  const response = await withAuth(...args);
  if (response && args[0].headers.get('sec-fetch-dest') === 'empty') {
    const cookies = response.headers.getSetCookie();
    response.headers.delete('set-cookie');
    for (const cookie of cookies) {
      if (!/^(__Secure-)?authjs\.session-token/.test(cookie)) response.headers.append('set-cookie', cookie);
    }
  }
  return response;
}
