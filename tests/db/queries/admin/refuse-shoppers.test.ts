import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTestUser } from '../../../helpers/factories';

const id = randomUUID();
const page = { page: 1 };
const workflowInput = {
  title: 'x',
  slug: 'x',
  shortDescription: 'x',
  description: 'x',
  price: '1',
  status: 'active',
  features: [],
  categoryIds: [],
  platform: 'n8n',
  apps: [],
  definition: { nodes: [], connections: {} },
} as const;

/**
 * The arguments after the actor's id for every function the admin data layer exports. A new export
 * without an entry here fails the test, so none can be added without showing that it refuses shoppers.
 */
const CALLS: Record<string, unknown[]> = {
  listRecentActivity: [],
  listAuditEntries: ['purchase', id],
  listAdminCategories: [],
  createCategory: [{ name: 'x', slug: 'x', description: '' }],
  updateCategory: [id, { name: 'x', slug: 'x', description: '' }],
  deleteCategory: [id, { detach: true }],
  listCategoryOptions: [],
  getDashboardFigures: [],
  getDashboardCharts: [],
  openPurchaseExport: [{ status: 'all', q: '' }],
  openInvoiceExport: [],
  listContactMessages: [{ state: 'all', ...page }],
  setMessageResolved: [id, true],
  listPurchaseQueue: [{ status: 'PENDING', q: '', ...page }],
  getAdminPurchase: [id],
  getOrderAlerts: [],
  setOrderAlerts: ['off'],
  approvePurchases: [[id]],
  rejectPurchases: [[id], 'No transfer arrived.'],
  listLatestReviews: [{ state: 'all', ...page }],
  listSearchAliases: [],
  createSearchAlias: [{ alias: 'gs', target: 'Google Sheets' }],
  deleteSearchAlias: [id],
  listAdminUsers: [{ q: '', role: 'all', state: 'all', ...page }],
  getAdminUser: [id],
  setUserRole: [id, 'ADMIN'],
  setUserDisabled: [id, true],
  addWorkflowAsset: [id, { kind: 'video', storageKey: 'https://example.com/v.mp4' }],
  deleteWorkflowAsset: [id],
  moveWorkflowAsset: [id, 'up'],
  createWorkflow: [workflowInput],
  updateWorkflow: [id, workflowInput],
  deleteWorkflow: [id],
  listAdminWorkflows: [{ q: '', status: 'all', sort: 'newest', ...page }],
  getAdminWorkflow: [id],
  publishRelease: [{ workflowId: id, version: '1.1.0', changelog: 'x', definition: { nodes: [], connections: {} } }],
  listAdminReleases: [id],
};

/** Exports that are not entry points taking an actor (helpers used inside a transaction, constants). */
const NOT_ENTRY_POINTS = new Set([
  'addAsset',
  'writeAudit',
  // Run inside createWorkflow's and updateWorkflow's admin transactions.
  'insertFirstRelease',
  'syncLatestRelease',
  'workflowFormColumns',
  'PURCHASE_CSV_HEADER',
  'INVOICE_CSV_HEADER',
]);

/** Every module of the admin data layer but its shared helpers (the actor check itself, paging, filters). */
const HELPERS = ['guard', 'paging', 'purchase-filter'];
const modules = Object.fromEntries(
  Object.entries(import.meta.glob('../../../../db/queries/admin/*.ts', { eager: true }))
    .map(([file, exported]) => [file.split('/').pop()!.replace(/\.ts$/, ''), exported])
    .filter(([name]) => !HELPERS.includes(name as string)),
);

describe('every admin data-layer function refuses a shopper', () => {
  const entries = Object.entries(modules).flatMap(([module, exported]) =>
    Object.entries(exported as Record<string, unknown>)
      .filter(([name, value]) => typeof value === 'function' && !NOT_ENTRY_POINTS.has(name))
      .map(([name, fn]) => ({ module, name, fn: fn as (...args: unknown[]) => Promise<unknown> })),
  );

  it('has a case for every export', () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(11);
    expect(entries.map((e) => e.name).filter((name) => !(name in CALLS))).toEqual([]);
  });

  it.each(entries.map((e) => [`${e.module}.${e.name}`, e] as const))('%s', async (_label, entry) => {
    const shopper = await createTestUser();
    await expect(entry.fn(shopper.id, ...(CALLS[entry.name] ?? []))).rejects.toMatchObject({ code: 'forbidden' });
  });
});
