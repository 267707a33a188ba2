import { describe, expect, it } from 'vitest';
import { anonymousVariantPath, decodeState, encodeState, isVariantPath } from '@/lib/http/page-variants';

const variant = (url: string) => {
  const u = new URL(url, 'http://shop.test');
  return anonymousVariantPath(u.pathname, u.searchParams);
};

describe('anonymousVariantPath: one cache entry per normalised URL state', () => {
  it('maps the public pages to their anonymous variant', () => {
    expect(variant('/')).toBe('/public-view/home/-');
    expect(variant('/workflows')).toBe('/public-view/catalog/-');
    expect(variant('/workflows/slack-digest')).toBe('/public-view/workflow/slack-digest/-');
    expect(variant('/categories/marketing')).toBe('/public-view/category/marketing/-');
    expect(variant('/terms?utm_source=x')).toBe('/public-view/terms');
  });

  it('gives equivalent queries the same path, and drops what the page does not read', () => {
    const a = variant('/workflows?q=slack&sort=price-asc&utm_source=mail');
    expect(a).toBe(variant('/workflows?sort=price-asc&q=slack'));
    expect(a).not.toBe(variant('/workflows?q=slack'));
    expect(variant('/workflows?page=abc&minRating=9&_rsc=1x')).toBe('/public-view/catalog/-');
    expect(variant('/workflows/slack-digest?reviewsSort=newest&reviewsPage=1')).toBe(
      '/public-view/workflow/slack-digest/-',
    );
    expect(variant('/categories/marketing?category=other')).toBe('/public-view/category/marketing/-');
  });

  it('round-trips the state, Vietnamese words included', () => {
    const path = variant('/workflows?q=hóa đơn&sort=newest')!;
    const state = path.split('/').pop()!;
    expect(decodeState(state)).toEqual({ q: 'hóa đơn', sort: 'newest' });
    expect(decodeState(encodeState(''))).toEqual({});
    expect(decodeState('%%%not-base64')).toEqual({});
    // A repeated `__proto__` was assigned as the record's prototype (an array), not kept as a key.
    const proto = decodeState(encodeState('__proto__=a&__proto__=b&q=slack'));
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(Object.entries(proto)).toEqual([
      ['__proto__', ['a', 'b']],
      ['q', 'slack'],
    ]);
  });

  it('has no variant for personal pages, unknown shapes and the variant routes themselves', () => {
    for (const p of [
      '/account/library',
      '/checkout/x',
      '/admin',
      '/login',
      '/workflows/a/b',
      '/workflows/Bad_Slug',
      '/api/health',
    ]) {
      expect(variant(p)).toBeNull();
    }
    expect(isVariantPath('/public-view/catalog/-')).toBe(true);
    expect(isVariantPath('/public-viewer')).toBe(false);
  });
});
