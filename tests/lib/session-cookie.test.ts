import { describe, expect, it } from 'vitest';
import { capSessionCookies } from '@/lib/auth/session-cookie';

const end = new Date('2026-12-01T10:00:00Z');
const later = 'Wed, 30 Dec 2026 10:00:00 GMT';

function response(...cookies: string[]) {
  const headers = new Headers({ 'content-type': 'application/json' });
  for (const cookie of cookies) headers.append('set-cookie', cookie);
  return new Response('{}', { status: 200, headers });
}

describe('capSessionCookies', () => {
  it('moves a renewed session cookie’s expiry back to the session’s end, chunks and __Secure- included', () => {
    const capped = capSessionCookies(
      response(
        `authjs.session-token=abc; Path=/; Expires=${later}; HttpOnly; SameSite=Lax`,
        `__Secure-authjs.session-token.0=def; Path=/; Expires=${later}; HttpOnly; Secure`,
        `authjs.csrf-token=xyz; Path=/; Expires=${later}`,
      ),
      end,
    );
    expect(capped.headers.getSetCookie()).toEqual([
      `authjs.session-token=abc; Path=/; Expires=${end.toUTCString()}; HttpOnly; SameSite=Lax`,
      `__Secure-authjs.session-token.0=def; Path=/; Expires=${end.toUTCString()}; HttpOnly; Secure`,
      `authjs.csrf-token=xyz; Path=/; Expires=${later}`,
    ]);
    expect(capped.headers.get('content-type')).toBe('application/json');
  });

  it('leaves an earlier expiry and a clearing cookie alone', () => {
    const original = response(
      'authjs.session-token=abc; Path=/; Expires=Mon, 30 Nov 2026 10:00:00 GMT',
      'authjs.session-token=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0',
    );
    expect(capSessionCookies(original, end)).toBe(original);
  });
});
