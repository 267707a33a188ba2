import { describe, expect, it } from 'vitest';
import { BAD_CALLBACK_MESSAGE, badAuthCallback } from '@/lib/http/auth-callback';
import { BAD_URL_MESSAGE, badUrlResponse, isCleanUrlPart } from '@/lib/http/bad-url';

describe('bad bytes in a URL', () => {
  it('refuses NUL, invalid UTF-8 and encoded surrogates', () => {
    for (const raw of [
      '%00',
      '?q=%00',
      '/categories/%ED%A0%80',
      '%FF',
      '%C0%80',
      '%E2%82',
      '?q=a%00b',
      '/x/%ed%a0%80',
    ]) {
      expect(isCleanUrlPart(raw), raw).toBe(false);
    }
  });

  it('accepts ordinary paths and queries, Vietnamese, emoji and a stray %', () => {
    for (const raw of [
      '',
      '/',
      '/workflows',
      '?q=slack+alerts',
      '?q=Chuy%E1%BB%83n%20kho%E1%BA%A3n',
      '?q=%F0%9F%98%80',
      '?q=50%off',
      '?q=100%',
      '/a%2Fb',
    ]) {
      expect(isCleanUrlPart(raw), raw).toBe(true);
    }
  });

  it('answers 400 with a message that says what is wrong', async () => {
    expect(badUrlResponse({ pathname: '/workflows', search: '?q=slack' })).toBeNull();
    const res = badUrlResponse({ pathname: '/workflows', search: '?q=%00' })!;
    expect(res.status).toBe(400);
    expect(await res.text()).toBe(BAD_URL_MESSAGE);
    expect(badUrlResponse({ pathname: '/categories/%ED%A0%80', search: '' })?.status).toBe(400);
  });
});

describe('a callbackUrl Auth.js cannot read', () => {
  const req = (query: string, cookie?: string) =>
    new Request(`http://shop.test/api/auth/session${query}`, { headers: cookie ? { cookie } : {} });

  it('is a 400 (Auth.js threw InvalidCallbackUrl: HTTP 500)', async () => {
    for (const query of [
      '?callbackUrl=%FF',
      '?callbackUrl=%ED%A0%80',
      '?callbackUrl=foo',
      '?callbackUrl=a%20b',
      '?callbackUrl=javascript:alert(1)',
    ]) {
      const res = badAuthCallback(req(query));
      expect(res?.status, query).toBe(400);
    }
    expect(await badAuthCallback(req('?callbackUrl=foo'))!.text()).toBe(BAD_CALLBACK_MESSAGE);
    expect(badAuthCallback(req('', 'authjs.callback-url=%FF'))?.status).toBe(400);
    expect(badAuthCallback(req('', '__Secure-authjs.callback-url=nope'))?.status).toBe(400);
  });

  it('lets paths and http(s) URLs through (Auth.js then keeps redirects on this site)', () => {
    for (const query of [
      '',
      '?callbackUrl=',
      '?callbackUrl=%2Faccount',
      '?callbackUrl=/workflows%3Fq%3Dx',
      '?callbackUrl=http%3A%2F%2Fshop.test%2F',
      '?callbackUrl=https://evil.test',
    ]) {
      expect(badAuthCallback(req(query)), query).toBeNull();
    }
    expect(badAuthCallback(req('', 'authjs.callback-url=http%3A%2F%2Fshop.test%2Faccount; other=x'))).toBeNull();
  });
});
