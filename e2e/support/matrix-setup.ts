import { execFileSync } from 'node:child_process';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { EXPIRED_SLUGS } from '../../db/seed/demo-catalog';
import { seedWorkflows, slugify } from '../../db/seed/content';
import type { Caller, Objects } from '../authorization/matrix';
import { DEMO, expect, registerUser, signIn } from '../fixtures';
import { directDb } from '../direct-db';
import { discoverActions } from './entry-points';
import { buy } from './buy';
import { postAction } from './server-action';

const SLUGS = seedWorkflows.map((w) => slugify(w.title)).filter((s) => !EXPIRED_SLUGS.includes(s));

export type Callers = Record<Caller, { page: Page; request: APIRequestContext; account?: Credentials }>;
type Credentials = { email: string; password: string };

/** The four callers, each in its own browser context: signed out, shopper A, shopper B, the admin. */
export async function openCallers(browser: Browser): Promise<Callers> {
  const open = async () => {
    const page = await (await browser.newContext()).newPage();
    return { page, request: page.request };
  };
  const callers = { anon: await open(), a: await open(), b: await open(), admin: await open() };
  return {
    anon: callers.anon,
    a: { ...callers.a, account: await registerUser(callers.a.page) },
    b: { ...callers.b, account: await registerUser(callers.b.page) },
    admin: { ...callers.admin, account: (await signIn(callers.admin.page, DEMO.admin), DEMO.admin) },
  };
}

/**
 * A's objects, made the way the shop makes them: A buys one workflow (a pending purchase, its checkout)
 * and another that the admin approves through the data layer (the invoice, the notification, the library
 * item), then reviews it through createReviewAction. `which` picks seeded workflows no other spec buys.
 */
export async function makeObjects(a: Page, baseURL: string, which: [number, number]): Promise<Objects> {
  const [pendingSlug, slug] = [SLUGS[which[0]]!, SLUGS[which[1]]!];
  await buy(a, pendingSlug);
  const pendingPurchaseId = a.url().split('/').at(-1)!;
  await buy(a, slug);
  const activePurchaseId = a.url().split('/').at(-1)!;
  execFileSync(
    process.execPath,
    [
      '--conditions=react-server',
      '--import',
      'tsx',
      'e2e/support/approve-purchase.ts',
      activePurchaseId,
      DEMO.admin.email,
    ],
    { env: { ...process.env }, stdio: 'pipe' },
  );
  const sql = directDb();
  try {
    const [w] = await sql<{ id: string; userId: string }[]>`
      select w.id, p.user_id as "userId" from purchases p join workflows w on w.id = p.workflow_id
      where p.id = ${activePurchaseId}`;
    const review = discoverActions().find((x) => x.key.endsWith('#createReviewAction'))!;
    const posted = await postAction(a.request, baseURL, review, [
      ['workflowId', w!.id],
      ['rating', '5'],
      ['content', 'Saved me an afternoon of wiring webhooks.'],
    ]);
    expect(posted.status(), 'A posts a review').toBe(200);
    expect(await posted.text(), 'A posts a review').toContain('"status":"success"');
    const [ids] = await sql<
      { invoiceId: string; notificationId: string; reviewId: string; assetId: string | null; releaseId: string }[]
    >`select
        (select id from invoices where purchase_id = ${activePurchaseId}) as "invoiceId",
        (select id from notifications where user_id = ${w!.userId} order by created_at desc limit 1) as "notificationId",
        (select id from comments where user_id = ${w!.userId} and workflow_id = ${w!.id}) as "reviewId",
        (select id from workflow_assets where workflow_id = ${w!.id} and kind in ('file', 'doc') limit 1) as "assetId",
        (select id from workflow_releases where workflow_id = ${w!.id} order by major desc, minor desc, patch desc limit 1) as "releaseId"`;
    const [category] = await sql<{ id: string; slug: string }[]>`select id, slug from categories order by slug limit 1`;
    const objects: Objects = {
      slug,
      workflowId: w!.id,
      pendingPurchaseId,
      activePurchaseId,
      invoiceId: ids!.invoiceId,
      notificationId: ids!.notificationId,
      reviewId: ids!.reviewId,
      // No file attached to the workflow: an id nobody has, which the owner also gets a 404 for.
      assetId: ids!.assetId ?? '00000000-0000-4000-8000-000000000000',
      releaseId: ids!.releaseId,
      userAId: w!.userId,
      categoryId: category!.id,
      categorySlug: category!.slug,
    };
    for (const [name, value] of Object.entries(objects)) expect(value, `A's ${name}`).toBeTruthy();
    return objects;
  } finally {
    await sql.end();
  }
}
