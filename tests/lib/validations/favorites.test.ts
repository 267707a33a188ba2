import { describe, expect, it } from 'vitest';
import {
  favoriteAfterLoginSchema,
  favoriteLoginUrl,
  favoriteSchema,
  favoritesPageSchema,
} from '@/lib/validations/favorites';

const ID = '3f0b7a52-9d4e-4c71-8a8e-1f2b3c4d5e6f';

describe('favorite validations', () => {
  it('accepts a workflow id and an explicit intent only', () => {
    expect(favoriteSchema.parse({ workflowId: ID, intent: 'add' })).toEqual({ workflowId: ID, intent: 'add' });
    expect(favoriteSchema.safeParse({ workflowId: 'nope', intent: 'add' }).success).toBe(false);
    expect(favoriteSchema.safeParse({ workflowId: ID, intent: 'toggle' }).success).toBe(false);
  });

  it('builds a sign-in URL that comes back through the confirmation page (which posts) to the same page', () => {
    const url = new URL(favoriteLoginUrl(ID, '/workflows/slack-alerts?reviewsSort=highest'), 'http://shop.test');
    expect(url.pathname).toBe('/login');
    const callback = new URL(url.searchParams.get('callbackUrl')!, 'http://shop.test');
    // Not the POST-only /api/favorites/after-login: a GET must never write.
    expect(callback.pathname).toBe('/account/favorites/add');
    expect(favoriteAfterLoginSchema.parse(Object.fromEntries(callback.searchParams))).toEqual({
      workflowId: ID,
      returnTo: '/workflows/slack-alerts?reviewsSort=highest',
    });
  });

  it('never returns to another site', () => {
    for (const returnTo of ['https://evil.test/x', '//evil.test', '/\\evil.test', 'javascript:alert(1)']) {
      expect(favoriteAfterLoginSchema.parse({ workflowId: ID, returnTo }).returnTo).toBe('/');
    }
    const url = new URL(favoriteLoginUrl(ID, '//evil.test'), 'http://shop.test');
    const callback = new URL(url.searchParams.get('callbackUrl')!, 'http://shop.test');
    expect(callback.searchParams.get('returnTo')).toBe('/');
  });

  it('falls back to page 1 for anything that is not a page number', () => {
    expect(favoritesPageSchema.parse({ page: '3' }).page).toBe(3);
    for (const page of [undefined, 'x', '0', '-2', ['2', '3'], '1.5']) {
      expect(favoritesPageSchema.parse({ page }).page).toBe(1);
    }
  });
});
