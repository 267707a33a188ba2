import { describe, expect, it } from 'vitest';
import { catalogHref, MAX_PAGE, parseCatalogSearch } from '@/lib/validations/catalog';

describe('catalog URL state', () => {
  it('has defaults for an empty query string', () => {
    expect(parseCatalogSearch({})).toEqual({
      q: '',
      qShortened: false,
      category: [],
      app: [],
      platform: undefined,
      n8n: undefined,
      builtIn: false,
      minPrice: undefined,
      maxPrice: undefined,
      minRating: undefined,
      sort: 'newest',
      page: 1,
    });
    expect(parseCatalogSearch({ q: ' slack ' })).toMatchObject({ q: 'slack', sort: 'relevance' });
  });

  it('reads repeated and comma-separated categories and apps, distinct', () => {
    const s = parseCatalogSearch({
      category: ['marketing', 'AI-Agents,marketing', 'bad slug!'],
      app: ['Slack', ' Slack ', 'Google Sheets'],
    });
    expect(s.category).toEqual(['marketing', 'ai-agents']);
    expect(s.app).toEqual(['Slack', 'Google Sheets']);
  });

  it('falls back instead of failing on bad values', () => {
    const s = parseCatalogSearch({
      minPrice: 'cheap',
      maxPrice: '-5',
      minRating: '9',
      sort: 'random',
      page: 'two',
      q: ['a', 'b'],
    });
    expect(s).toMatchObject({
      minPrice: undefined,
      maxPrice: undefined,
      minRating: undefined,
      sort: 'relevance',
      page: 1,
      q: 'a',
    });
    expect(parseCatalogSearch({ page: '0' }).page).toBe(1);
    expect(parseCatalogSearch({ page: '999999' }).page).toBe(MAX_PAGE);
  });

  it('shortens a query over 200 characters at a word boundary instead of dropping it, and says so', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const long = parseCatalogSearch({ q: words });
    expect(long.qShortened).toBe(true);
    expect(words.startsWith(long.q)).toBe(true);
    expect(long.q.length).toBeLessThanOrEqual(200);
    expect(long.q.length).toBeGreaterThan(190);
    expect(long.q).toMatch(/word\d+$/);
    expect(words.charAt(long.q.length)).toBe(' ');
    // One word longer than the limit is cut at the limit; accented letters count as one character each.
    expect(parseCatalogSearch({ q: 'x'.repeat(500) })).toMatchObject({ q: 'x'.repeat(200), qShortened: true });
    expect(parseCatalogSearch({ q: 'ệ'.repeat(200) })).toMatchObject({ q: 'ệ'.repeat(200), qShortened: false });
    // Exactly 200 characters is kept as it is.
    expect(parseCatalogSearch({ q: 'a'.repeat(200) }).qShortened).toBe(false);
    // Its links (next page, sort) keep saying so; another query does not.
    const next = catalogHref(long, { page: 2 });
    expect(next).toContain('shortened=1');
    expect(parseCatalogSearch(Object.fromEntries(new URL(`http://x${next}`).searchParams))).toMatchObject({
      q: long.q,
      qShortened: true,
      page: 2,
    });
    expect(catalogHref(long, { q: 'slack' })).toBe('/workflows?q=slack');
    expect(parseCatalogSearch({ shortened: '1' }).qShortened).toBe(false);
  });

  it('reads prices, rating and sort; a reversed price range is swapped', () => {
    expect(
      parseCatalogSearch({ minPrice: '500000', maxPrice: '100000', minRating: '4', sort: 'price-desc', page: '3' }),
    ).toMatchObject({
      minPrice: 100000,
      maxPrice: 500000,
      minRating: 4,
      sort: 'price-desc',
      page: 3,
    });
  });

  it('writes the canonical URL of a state, leaving defaults out', () => {
    const s = parseCatalogSearch({ q: 'slack', category: ['a', 'b'], minRating: '4', sort: 'relevance', page: '2' });
    expect(catalogHref(s)).toBe('/workflows?q=slack&category=a&category=b&minRating=4&page=2');
    expect(catalogHref(s, { page: 3, sort: 'price-asc' })).toBe(
      '/workflows?q=slack&category=a&category=b&minRating=4&sort=price-asc&page=3',
    );
    expect(catalogHref(parseCatalogSearch({}))).toBe('/workflows');
    expect(parseCatalogSearch(Object.fromEntries(new URL(`http://x${catalogHref(s)}`).searchParams))).toMatchObject({
      q: 'slack',
      page: 2,
    });
  });

  it('reads one platform, in any case; an unknown one reads as any platform', () => {
    expect(parseCatalogSearch({ platform: 'Make' }).platform).toBe('make');
    expect(parseCatalogSearch({ platform: ['zapier', 'n8n'] }).platform).toBe('zapier');
    expect(parseCatalogSearch({ platform: 'ifttt' }).platform).toBeUndefined();
    expect(parseCatalogSearch({ platform: '' }).platform).toBeUndefined();
    const s = parseCatalogSearch({ q: 'slack', platform: 'make', app: 'Slack' });
    expect(catalogHref(s)).toBe('/workflows?q=slack&app=Slack&platform=make');
    expect(catalogHref(s, { platform: undefined })).toBe('/workflows?q=slack&app=Slack');
  });

  it("reads the shopper's n8n version and the built-in-only switch, and writes them back", () => {
    expect(parseCatalogSearch({ n8n: '1.19' }).n8n).toBe(1_019_000);
    expect(parseCatalogSearch({ n8n: '1.2.3' }).n8n).toBe(1_002_003);
    expect(parseCatalogSearch({ n8n: '0' }).n8n).toBe(0);
    for (const bad of ['latest', '1.x', '-1', '1.2.3.4', '1234'])
      expect(parseCatalogSearch({ n8n: bad }).n8n).toBeUndefined();
    expect(parseCatalogSearch({ builtIn: '1' }).builtIn).toBe(true);
    expect(parseCatalogSearch({ builtIn: 'yes' }).builtIn).toBe(false);
    expect(catalogHref(parseCatalogSearch({ n8n: '1.19.0', builtIn: '1' }))).toBe('/workflows?n8n=1.19&builtIn=1');
    expect(catalogHref(parseCatalogSearch({ n8n: '0' }))).toBe('/workflows?n8n=0');
  });
});
