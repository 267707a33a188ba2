import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { createReview } from '@/db/queries/reviews';
import { updateName } from '@/db/queries/settings';
import { notifications, workflows } from '@/db/schema';
import { idleState } from '@/lib/forms/action-state';
import { signUsitech } from '@/lib/bank/signatures';
import { createTestPurchase, createTestUser, createTestWorkflow } from '../../helpers/factories';
import { purchaseRow, shop } from '../queries/purchases/helpers';
import { session } from '../../helpers/test-session';

vi.hoisted(() => {
  process.env.PAYMENT_WEBHOOK_SECRET = 'whsec-test-0123456789';
});

// The actions run outside a Next request: the signed-in user is whoever the test says, and the cache
// functions (which need Next's request store) only record their calls.
vi.mock('@/server/auth/guards', () => import('../../helpers/test-session'));
const cache = vi.hoisted(() => ({ updateTag: vi.fn(), revalidateTag: vi.fn(), refresh: vi.fn() }));
vi.mock('next/cache', () => cache);
// Messages in the request's language (English here), as next-intl gives them inside Next.
vi.mock('next-intl/server', () => import('../../helpers/next-intl-server'));

const events = await import('@/server/cache/invalidate');
const { approvePurchaseAction, settlePurchasesAction, rejectPurchaseAction } =
  await import('@/actions/admin/purchases');
const { importStatementAction } = await import('@/actions/admin/payments');
const { setReviewHiddenAction } = await import('@/actions/admin/reviews');
const { createReviewAction } = await import('@/actions/reviews');
const { setFavoriteAction } = await import('@/actions/favorites');
const { markNotificationReadAction } = await import('@/actions/notifications');
const { POST: webhook } = await import('@/app/api/payments/webhook/route');

function form(fields: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) f.append(name, v);
  }
  return f;
}

/** The tags the action expired with updateTag (read-your-own-writes), sorted. */
const updatedTags = () => cache.updateTag.mock.calls.map(([tag]) => tag as string).sort();

const salesCount = async (workflowId: string) =>
  (await db.select({ n: workflows.salesCount }).from(workflows).where(eq(workflows.id, workflowId)))[0]!.n;

beforeEach(() => {
  session.user = null;
  cache.updateTag.mockReset();
  cache.revalidateTag.mockReset();
  cache.refresh.mockReset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the events and their tags (lib/cache-tags.ts)', () => {
  it('name exactly the tags of what changed', () => {
    expect(events.workflowChanged('w1').tags).toEqual(['catalog', 'workflow:w1']);
    expect(events.categoryChanged('c1').tags).toEqual(['catalog', 'category:c1']);
    expect(events.reviewChanged('w1').tags).toEqual(['reviews:w1', 'workflow:w1', 'catalog']);
    expect(events.reviewerRenamed(['w1', 'w2']).tags).toEqual(['reviews:w1', 'reviews:w2']);
    expect(events.reviewerRenamed([]).tags).toEqual([]);
    expect(events.saleRecorded('w1').tags).toEqual(['workflow:w1', 'catalog']);
    // A user's favorites: only that user's own tag, never the catalog or a workflow.
    expect(events.favoritesChanged('u1').tags).toEqual(['user:u1:favorites']);
  });

  it('expire each tag once, with updateTag in an action and revalidateTag(tag, { expire: 0 }) in a route handler', () => {
    events.expireInAction(events.saleRecorded('w1'), events.saleRecorded('w2'), events.saleRecorded('w1'));
    expect(updatedTags()).toEqual(['catalog', 'workflow:w1', 'workflow:w2']);
    expect(cache.revalidateTag).not.toHaveBeenCalled();

    cache.updateTag.mockReset();
    events.expireInRouteHandler(events.saleRecorded('w1'));
    expect(cache.revalidateTag.mock.calls).toEqual([
      ['workflow:w1', { expire: 0 }],
      ['catalog', { expire: 0 }],
    ]);
    expect(cache.updateTag).not.toHaveBeenCalled();
  });
});

describe('a sale expires the workflow and the catalog, wherever the purchase is approved', () => {
  it('an admin approves one purchase', async () => {
    const { buyer, admin, workflow } = await shop();
    const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '349000.00' });
    session.user = admin;

    const state = await approvePurchaseAction(idleState, form({ purchaseId: purchase.id }));
    expect(state).toMatchObject({ status: 'success' });
    expect((await purchaseRow(purchase.id)).status).toBe('ACTIVE');
    expect(await salesCount(workflow.id)).toBe(1);
    expect(updatedTags()).toEqual(['catalog', `workflow:${workflow.id}`]);
  });

  it('an admin approves several: every workflow sold, each once; a refused one expires nothing of its own', async () => {
    const { buyer, other, admin, workflow } = await shop();
    const second = await createTestWorkflow();
    const p1 = await createTestPurchase(buyer.id, workflow.id, { amount: '349000.00' });
    const p2 = await createTestPurchase(other.id, workflow.id, { amount: '349000.00' });
    const p3 = await createTestPurchase(buyer.id, second.id);
    const rejected = await createTestPurchase(other.id, second.id, { status: 'REJECT' });
    session.user = admin;

    const state = await settlePurchasesAction(
      idleState,
      form({ purchaseIds: [p1.id, p2.id, p3.id, rejected.id], decision: 'approve' }),
    );
    expect(state).toMatchObject({ status: 'error', message: expect.stringContaining('Approved 3 purchases.') });
    expect(await salesCount(workflow.id)).toBe(2);
    expect(await salesCount(second.id)).toBe(1);
    expect(updatedTags()).toEqual(['catalog', `workflow:${second.id}`, `workflow:${workflow.id}`].sort());
  });

  it('a rejection changes nothing shared: no tag, the admin page refreshes', async () => {
    const { buyer, admin, workflow } = await shop();
    const purchase = await createTestPurchase(buyer.id, workflow.id);
    session.user = admin;

    const state = await rejectPurchaseAction(idleState, form({ purchaseId: purchase.id, reason: 'No payment seen.' }));
    expect(state).toMatchObject({ status: 'success' });
    expect((await purchaseRow(purchase.id)).status).toBe('REJECT');
    expect(cache.updateTag).not.toHaveBeenCalled();
    expect(cache.refresh).toHaveBeenCalled();
  });

  it('a statement import that approves a purchase', async () => {
    const { buyer, admin, workflow } = await shop('199000.00');
    const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '199000.00' });
    session.user = admin;
    const csv = [
      'id,date,amount,content',
      `FT-cache-${purchase.id.slice(0, 8)},25/11/2026 09:15,199000,Thanh toan ${purchase.transferReference}`,
    ].join('\n');

    const state = await importStatementAction(
      idleState,
      form({ transactionId: '0', date: '1', amount: '2', content: '3', csv }),
    );
    expect(state).toMatchObject({ status: 'success', message: expect.stringContaining('1 purchase(s) approved') });
    expect(await salesCount(workflow.id)).toBe(1);
    expect(updatedTags()).toEqual(['catalog', `workflow:${workflow.id}`]);
  });

  describe('a signed bank webhook (route handler)', () => {
    const signed = (body: object) => {
      const raw = JSON.stringify(body);
      const timestamp = String(Math.floor(Date.now() / 1000));
      return new Request('http://localhost/api/payments/webhook', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-usitech-timestamp': timestamp,
          'x-usitech-signature': signUsitech('whsec-test-0123456789', timestamp, raw),
        },
        body: raw,
      });
    };
    const payment = (id: string, reference: string) => ({
      id,
      accountNumber: '0000123456789',
      amount: 199000,
      content: `IBFT ${reference}`,
      transactionDate: new Date().toISOString(),
    });

    it('expires with revalidateTag(tag, { expire: 0 }); a repeat or an unmatched transfer expires nothing', async () => {
      const { buyer, workflow } = await shop('199000.00');
      const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '199000.00' });

      const res = await webhook(signed(payment(`cache-${purchase.id}`, purchase.transferReference)));
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ result: 'matched' });
      expect(await salesCount(workflow.id)).toBe(1);
      expect(cache.revalidateTag.mock.calls).toEqual([
        [`workflow:${workflow.id}`, { expire: 0 }],
        ['catalog', { expire: 0 }],
      ]);
      expect(cache.updateTag).not.toHaveBeenCalled();

      cache.revalidateTag.mockReset();
      const again = await webhook(signed(payment(`cache-${purchase.id}`, purchase.transferReference)));
      expect(await again.json()).toMatchObject({ result: 'duplicate' });
      const unknown = await webhook(signed(payment(`cache-unknown-${purchase.id}`, 'USINOSUCHREF')));
      expect(await unknown.json()).toMatchObject({ result: 'unmatched' });
      expect(cache.revalidateTag).not.toHaveBeenCalled();
    });

    it('still answers 200 (the payment is recorded) when expiring throws, and logs it', async () => {
      const { buyer, workflow } = await shop('199000.00');
      const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '199000.00' });
      cache.revalidateTag.mockImplementation(() => {
        throw new Error('cache handler unavailable');
      });
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);

      const res = await webhook(signed(payment(`cache-fail-${purchase.id}`, purchase.transferReference)));
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ result: 'matched' });
      expect((await purchaseRow(purchase.id)).status).toBe('ACTIVE');
      expect(logged).toHaveBeenCalledWith(expect.stringContaining('[bank webhook]'), expect.any(Error));
    });
  });
});

describe('reviews expire the workflow, its reviews and the catalog', () => {
  it('a verified buyer posts a review', async () => {
    const workflow = await createTestWorkflow();
    const user = await createTestUser();
    await createTestPurchase(user.id, workflow.id, { status: 'ACTIVE' });
    session.user = { id: user.id, role: 'USER' };

    const state = await createReviewAction(
      idleState,
      form({ workflowId: workflow.id, rating: '4', content: 'Worked on the first try, ten minutes.' }),
    );
    expect(state).toMatchObject({ status: 'success' });
    expect(updatedTags()).toEqual(['catalog', `reviews:${workflow.id}`, `workflow:${workflow.id}`]);
  });

  it('an admin hides a review', async () => {
    const workflow = await createTestWorkflow();
    const [user, admin] = await Promise.all([createTestUser(), createTestUser({ role: 'ADMIN' })]);
    await createTestPurchase(user.id, workflow.id, { status: 'ACTIVE' });
    const review = await createReview(user.id, workflow.id, { rating: 2, content: 'Did not work for me at all.' });
    session.user = { id: admin.id, role: 'ADMIN' };

    const state = await setReviewHiddenAction(idleState, form({ reviewId: review.id, hidden: 'true' }));
    expect(state).toMatchObject({ status: 'success' });
    expect(updatedTags()).toEqual(['catalog', `reviews:${workflow.id}`, `workflow:${workflow.id}`]);
  });

  it('a renamed reviewer: the query answers the workflows whose review lists show the name', async () => {
    const [reviewed, notReviewed] = await Promise.all([createTestWorkflow(), createTestWorkflow()]);
    const user = await createTestUser();
    await createTestPurchase(user.id, reviewed.id, { status: 'ACTIVE' });
    await createTestPurchase(user.id, notReviewed.id, { status: 'ACTIVE' });
    await createReview(user.id, reviewed.id, { rating: 5, content: 'Exactly what the page promised.' });

    expect(await updateName(user.id, 'Renamed Reviewer')).toEqual({ reviewedWorkflowIds: [reviewed.id] });
    expect(events.reviewerRenamed([reviewed.id]).tags).toEqual([`reviews:${reviewed.id}`]);
  });
});

describe("a user's own changes expire nothing shared", () => {
  it("a favorite expires only the user's own tag", async () => {
    const workflow = await createTestWorkflow();
    const user = await createTestUser();
    session.user = { id: user.id, role: 'USER' };

    const state = await setFavoriteAction(idleState, form({ workflowId: workflow.id, intent: 'add' }));
    expect(state).toMatchObject({ status: 'success' });
    expect(updatedTags()).toEqual([`user:${user.id}:favorites`]);
  });

  it('marking a notification read refreshes the page and expires no tag', async () => {
    const user = await createTestUser();
    const [note] = await db
      .insert(notifications)
      .values({ userId: user.id, type: 'SUCCESS', title: 'Hello', message: 'A note for you.' })
      .returning({ id: notifications.id });
    session.user = { id: user.id, role: 'USER' };

    await markNotificationReadAction(form({ id: note!.id }));
    const [row] = await db.select().from(notifications).where(eq(notifications.id, note!.id));
    expect(row!.read).toBe(true);
    expect(cache.refresh).toHaveBeenCalled();
    expect(cache.updateTag).not.toHaveBeenCalled();
    expect(cache.revalidateTag).not.toHaveBeenCalled();
  });
});
