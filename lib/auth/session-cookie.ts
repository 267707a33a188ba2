/** next-auth's session cookie (`__Secure-` over https; a large token is split into `.0`, `.1`…). */
export const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

const EXPIRES = /;\s*Expires=([^;]*)/i;

/**
 * Auth.js sets the session cookie's expiry to now + maxAge whenever it renews the session (GET
 * /api/auth/session). This caps every session cookie set by `response` at `end`, the session's
 * absolute end, so a renewal never makes the cookie outlive its session. Other cookies, and the
 * clearing ones (already in the past), pass unchanged.
 */
export function capSessionCookies(response: Response, end: Date): Response {
  const cookies = response.headers.getSetCookie();
  let changed = false;
  const capped = cookies.map((cookie) => {
    const name = cookie.slice(0, cookie.indexOf('='));
    const expires = EXPIRES.exec(cookie)?.[1];
    if (!SESSION_COOKIE.test(name) || !expires || !(Date.parse(expires) > end.getTime())) return cookie;
    changed = true;
    return cookie.replace(EXPIRES, `; Expires=${end.toUTCString()}`);
  });
  if (!changed) return response;
  const headers = new Headers(response.headers);
  headers.delete('set-cookie');
  for (const cookie of capped) headers.append('set-cookie', cookie);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
