import { describe, expect, it } from 'vitest';
import { openPurchaseExport, PURCHASE_CSV_HEADER } from '@/db/queries/admin/exports';
import { purchaseListFilters } from '@/lib/validations/admin/purchases';
import { createTestPurchase, createTestUser, createTestWorkflow } from '../../../helpers/factories';
import { csvRecords } from '../../../helpers/csv';

// Finding 7: `/admin/purchases/export?q=%00` sent the header and then broke off (Postgres refused the
// NUL in the search). The route parses `q` with purchaseListFilters.parse: the NUL is removed there.
describe('purchases CSV export with bad bytes in the search', () => {
  it('completes, with the rows the search (without its NUL) finds', async () => {
    const admin = await createTestUser({ role: 'ADMIN' });
    const buyer = await createTestUser({ name: '=Nguyễn "An", 😀', email: 'nul-export@example.test' });
    const workflow = await createTestWorkflow({ title: 'Odd, "quoted" title' });
    const purchase = await createTestPurchase(buyer.id, workflow.id, { status: 'REJECT' });

    const params = purchaseListFilters.parse({ status: 'all', q: 'nul-export\u0000@example' });
    const rows = await csvRecords(PURCHASE_CSV_HEADER, await openPurchaseExport(admin.id, params));
    expect(rows).toEqual([
      expect.objectContaining({
        purchase_id: purchase.id,
        buyer_name: `'=Nguyễn "An", 😀`,
        workflow: 'Odd, "quoted" title',
      }),
    ]);

    const onlyNul = purchaseListFilters.parse({ status: 'all', q: '\u0000' });
    expect(
      (await csvRecords(PURCHASE_CSV_HEADER, await openPurchaseExport(admin.id, onlyNul))).length,
    ).toBeGreaterThanOrEqual(1);
  });
});
