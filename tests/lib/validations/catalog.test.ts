import { describe, expect, it } from 'vitest';
import { catalogHref, MAX_PAGE, parseCatalogSearch } from '@/lib/validations/catalog';

describe('catalog URL state', () => {
  it('has defaults for an empty query string', () => {
    expect(parseCatalogSearch({})).toEqual({
      q: '',
      category: [],
      app: [],
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
    expect(parseCatalogSearch({ q: 'x'.repeat(500) }).q).toBe('');
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
});
