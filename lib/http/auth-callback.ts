/**
 * Auth.js refuses a `callbackUrl` (query parameter or `authjs.callback-url` cookie) that is neither a
 * path nor an http(s) URL by throwing, which Next answers with a 500 on every /api/auth/* endpoint
 * (`?callbackUrl=%FF`, `?callbackUrl=foo`). This gives such requests a 400 first. Same test as
 * Auth.js's own (`isValidHttpUrl` in @auth/core/lib/utils/assert.js).
 */
const CALLBACK_COOKIE = /^(?:__Secure-)?authjs\.callback-url$/;

function isHttpUrlOrPath(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith('/') ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

function cookieValues(header: string | null): Array<[string, string]> {
  return (header ?? '').split(';').flatMap((part) => {
    const eq = part.indexOf('=');
    if (eq < 0) return [];
    const raw = part.slice(eq + 1).trim();
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      // Kept as sent: Auth.js's cookie parser does the same with a value it cannot decode.
    }
    return [[part.slice(0, eq).trim(), value] as [string, string]];
  });
}

export const BAD_CALLBACK_MESSAGE =
  'Bad request: callbackUrl must be a path on this site (such as /account) or an http(s) address.';

/** A 400 for a request Auth.js would fail on because of its callback URL; null otherwise. */
export function badAuthCallback(request: Request): Response | null {
  const url = new URL(request.url);
  const values = url.searchParams.getAll('callbackUrl');
  for (const [name, value] of cookieValues(request.headers.get('cookie')))
    if (CALLBACK_COOKIE.test(name)) values.push(value);
  if (values.every((v) => v === '' || isHttpUrlOrPath(v, url.origin))) return null;
  return new Response(BAD_CALLBACK_MESSAGE, {
    status: 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
