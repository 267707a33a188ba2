import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { categories, workflows } from '@/db/schema';
import { idleState } from '@/lib/forms/action-state';
import { createTestUser } from '../../../helpers/factories';
import { session } from '../../../helpers/test-session';

// The actions run outside a Next request: the signed-in user is whoever the test says, and the cache
// functions (which need Next's request store) only record their calls.
vi.mock('@/server/auth/guards', () => import('../../../helpers/test-session'));
vi.mock('next/cache', () => ({ updateTag: vi.fn(), refresh: vi.fn(), revalidateTag: vi.fn() }));
// Messages in the request's language (English here), as next-intl gives them inside Next.
vi.mock('next-intl/server', () => import('../../../helpers/next-intl-server'));

const { createCategoryAction } = await import('@/actions/admin/categories');
const { createWorkflowAction } = await import('@/actions/admin/workflows');

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

beforeEach(async () => {
  const admin = await createTestUser({ role: 'ADMIN' });
  session.user = { id: admin.id, role: 'ADMIN' };
});

// Found by the fuzzer: a name with no Latin letter or digit slugified to '' and the category was stored
// at an empty URL, which no page can show and which broke every later test reading "the first category".
describe('a name that gives no slug', () => {
  it('asks for a slug instead of storing a category without one', async () => {
    const before = await db.$count(categories);
    const state = await createCategoryAction(idleState, form({ name: '!!! ???', slug: '' }));
    expect(state).toMatchObject({ status: 'error' });
    expect(state.status === 'error' && state.fieldErrors?.slug).toEqual([
      'Type a slug: the name has no letters or digits to make one from.',
    ]);
    expect(await db.$count(categories)).toBe(before);
    expect(await db.$count(categories, eq(categories.slug, ''))).toBe(0);
  });

  it('still takes the typed slug, and makes one from a Vietnamese name', async () => {
    expect(await createCategoryAction(idleState, form({ name: '日本語', slug: 'nihongo' }))).toMatchObject({
      status: 'success',
    });
    expect(await createCategoryAction(idleState, form({ name: 'Đồng bộ đơn hàng', slug: '' }))).toMatchObject({
      status: 'success',
    });
    const slugs = (await db.select({ slug: categories.slug }).from(categories)).map((c) => c.slug);
    expect(slugs).toEqual(expect.arrayContaining(['nihongo', 'dong-bo-don-hang']));
  });

  it('refuses a workflow titled without letters or digits the same way', async () => {
    const before = await db.$count(workflows);
    const state = await createWorkflowAction(
      idleState,
      form({
        title: '★★★ !!!',
        slug: '',
        shortDescription: 'Ten characters at least here.',
        description: 'Twenty characters at least in this description.',
        price: '149000',
        platform: 'n8n',
        level: 'beginner',
        status: 'active',
        definition: JSON.stringify({
          nodes: [{ name: 'Start', type: 'n8n-nodes-base.manualTrigger' }],
          connections: {},
        }),
      }),
    );
    expect(state.status === 'error' && state.fieldErrors).toEqual({
      slug: ['Type a slug: the name has no letters or digits to make one from.'],
    });
    expect(await db.$count(workflows)).toBe(before);
  });
});
