/**
 * Issue 16, in process: the search parameters that reach the database, 1,000 fast-check cases each
 * (FUZZ_RUNS) — the catalog's (search, filters, sort, page: what /workflows, a category page and the home
 * page's search read), every admin list's (purchases, users, workflows, reviews, messages, payments), the
 * workflow page's reviews (sort, page) and the account's notifications and favorites (page) — through
 * the same parse and query the pages run (server/pages.ts's adminList). Parsing never throws (a bad value
 * falls back to its default), the query never fails, and nothing is written. The pages themselves get
 * these parameters over HTTP in e2e/fuzz.spec.ts (10 cases each: a case there renders a whole page).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { listContactMessages } from '@/db/queries/admin/messages';
import { listBankTransfers } from '@/db/queries/bank/admin-transfers';
import { listFavorites } from '@/db/queries/favorites';
import { listNotifications } from '@/db/queries/notifications';
import { getReviewsPage } from '@/db/queries/reviews';
import { listPurchaseQueue } from '@/db/queries/admin/purchases';
import { listLatestReviews } from '@/db/queries/admin/reviews';
import { listAdminUsers } from '@/db/queries/admin/users';
import { listAdminWorkflows } from '@/db/queries/admin/workflows';
import { searchWorkflows } from '@/db/queries/catalog/search-workflows';
import { messageListFilters } from '@/lib/validations/admin/messages';
import { transferListFilters } from '@/lib/validations/admin/payments';
import { purchaseListFilters } from '@/lib/validations/admin/purchases';
import { reviewListFilters } from '@/lib/validations/admin/reviews';
import { userListFilters } from '@/lib/validations/admin/users';
import { workflowListFilters } from '@/lib/validations/admin/workflows';
import { parseCatalogSearch, type RawSearchParams } from '@/lib/validations/catalog';
import { FAVORITES_PAGE_SIZE, favoritesPageSchema } from '@/lib/validations/favorites';
import { notificationsPageSchema } from '@/lib/validations/notifications';
import { reviewsQuerySchema } from '@/lib/validations/reviews';
import { changedTables } from '../../../e2e/support/db-snapshot';
import { makeFuzzObjects } from './fixtures';
import { tableDigest } from './table-digest';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

const NAMES = ['q', 'page', 'sort', 'category', 'app', 'platform', 'level', 'status', 'minPrice', 'maxPrice'];
const MORE_NAMES = ['minRating', 'role', 'resolved', 'hidden', 'reviewsSort', 'reviewsPage', 'kind'];
const value = fc.oneof(
  fc.constantFrom('', '-1', '0', '1', '2', '1e308', '99999999999999999999', 'NaN', 'price_asc', 'rating', 'n8n'),
  fc.constantFrom("' OR 1=1 --", '%', '_', '\\', '\u0000', '\uD800', '"slack" -gmail', 'hóa đơn', 'x'.repeat(5000)),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.integer().map(String),
);
const params: fc.Arbitrary<RawSearchParams> = fc.dictionary(
  fc.oneof(fc.constantFrom(...NAMES, ...MORE_NAMES), fc.string({ maxLength: 12 })),
  fc.oneof(value, fc.array(value, { maxLength: 3 })),
  { maxKeys: 6 },
);

const digest = tableDigest();
let adminId: string;
let shopperId: string;
let workflowId: string;

beforeAll(async () => {
  const { users, objects } = await makeFuzzObjects();
  adminId = users.admin.id;
  shopperId = users.a.id;
  workflowId = objects.workflowId;
}, 120_000);

async function fuzz(run: (p: RawSearchParams) => Promise<unknown>) {
  const before = await digest();
  await fc.assert(
    fc.asyncProperty(params, async (p) => {
      await run(p);
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  expect(changedTables(before, await digest())).toEqual([]);
}

describe('search parameters, fuzzed in process (issue 16)', () => {
  it(`catalog search and filters: ${RUNS} cases`, async () => {
    await fuzz((p) => searchWorkflows(parseCatalogSearch(p)));
  }, 600_000);

  it.each([
    ['purchases', (p: RawSearchParams) => listPurchaseQueue(adminId, purchaseListFilters.parse(p))],
    ['users', (p: RawSearchParams) => listAdminUsers(adminId, userListFilters.parse(p))],
    ['workflows', (p: RawSearchParams) => listAdminWorkflows(adminId, workflowListFilters.parse(p))],
    ['reviews', (p: RawSearchParams) => listLatestReviews(adminId, reviewListFilters.parse(p))],
    ['messages', (p: RawSearchParams) => listContactMessages(adminId, messageListFilters.parse(p))],
    ['payments', (p: RawSearchParams) => listBankTransfers(adminId, transferListFilters.parse(p))],
  ] as const)(
    `admin %s list: ${RUNS} cases`,
    async (_name, run) => {
      await fuzz(run);
    },
    600_000,
  );

  it.each([
    [
      'workflow page reviews',
      (p: RawSearchParams) => {
        const { reviewsSort, reviewsPage } = reviewsQuerySchema.parse(p);
        return getReviewsPage({ workflowId, sort: reviewsSort, page: reviewsPage, pageSize: 10 });
      },
    ],
    ['notifications', (p: RawSearchParams) => listNotifications(shopperId, notificationsPageSchema.parse(p).page)],
    [
      'favorites',
      (p: RawSearchParams) =>
        listFavorites(shopperId, { page: favoritesPageSchema.parse(p).page, pageSize: FAVORITES_PAGE_SIZE }),
    ],
  ] as const)(
    `%s: ${RUNS} cases`,
    async (_name, run) => {
      await fuzz(run);
    },
    600_000,
  );
});
