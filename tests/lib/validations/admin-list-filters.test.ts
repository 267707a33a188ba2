import { describe, expect, it } from 'vitest';
import { choiceFilter, listFilters, searchFilter } from '@/lib/validations/admin/list-filters';
import { messageListFilters } from '@/lib/validations/admin/messages';
import { purchaseListFilters } from '@/lib/validations/admin/purchases';
import { userListFilters } from '@/lib/validations/admin/users';

describe('an admin list’s URL state (listFilters)', () => {
  const filters = listFilters({
    q: searchFilter('Search things'),
    state: choiceFilter('Show', [
      ['open', 'Open'],
      ['all', 'All'],
    ]),
  });

  it('falls back to the defaults (the first choice, an empty search, page 1) for missing or malformed values', () => {
    expect(filters.parse({})).toEqual({ q: '', state: 'open', page: 1 });
    expect(filters.parse({ q: 'x'.repeat(101), state: 'nope', page: '-3' })).toEqual({ q: '', state: 'open', page: 1 });
    expect(filters.parse({ page: 'abc' }).page).toBe(1);
  });

  it('reads the first of a repeated key, trims the search and removes NUL', () => {
    expect(filters.parse({ q: ['  a\u0000b ', 'c'], state: ['all', 'open'], page: ['2', '9'] })).toEqual({
      q: 'ab',
      state: 'all',
      page: 2,
    });
  });

  it('keeps in the pager’s query only what differs from the defaults, never the page', () => {
    expect(filters.query(filters.parse({ page: '3' }))).toEqual({});
    expect(filters.query(filters.parse({ q: 'slack', state: 'all', page: '3' }))).toEqual({ q: 'slack', state: 'all' });
  });

  it('gives each list its default', () => {
    expect(purchaseListFilters.parse({})).toEqual({ q: '', status: 'PENDING', page: 1 });
    expect(userListFilters.parse({ role: 'ADMIN', state: 'gone' })).toEqual({
      q: '',
      role: 'ADMIN',
      state: 'all',
      page: 1,
    });
    expect(messageListFilters.parse({ state: 'resolved' })).toEqual({ state: 'resolved', page: 1 });
  });
});
