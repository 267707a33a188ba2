import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import {
  INVOICE_CSV_HEADER,
  openInvoiceExport,
  openPurchaseExport,
  PURCHASE_CSV_HEADER,
} from '@/db/queries/admin/exports';
import { invoices } from '@/db/schema';
import { createTestPurchase, createTestUser, createTestWorkflow } from '../../../helpers/factories';
import { csvRecords } from '../../../helpers/csv';

describe('admin CSV exports', () => {
  it('streams every purchase once, across batches, with names that need quoting intact', async () => {
    const admin = await createTestUser({ role: 'ADMIN' });
    const buyer = await createTestUser({ name: 'Nguyễn "An", \nsales', email: 'an-export@example.test' });
    const workflow = await createTestWorkflow({ title: 'Leads, "hot" ones' });
    // 1,200 rejected purchases (no uniqueness applies to them), all created in the same microsecond.
    await db.execute(sql`
      insert into purchases (user_id, workflow_id, amount, status, transfer_reference, created_at, updated_at)
      select ${buyer.id}, ${workflow.id}, 1000, 'REJECT', 'USIEXP' || lpad(n::text, 6, '0'), '2026-11-01T00:00:00Z', now()
      from generate_series(1, 1200) as g(n)`);
    const paid = await createTestPurchase(buyer.id, workflow.id, { status: 'ACTIVE', amount: '5000.50' });
    await db.insert(invoices).values({
      purchaseId: paid.id,
      invoiceNumber: 'INV-2026-000001',
      amount: '5000.50',
      buyerDetails: { name: buyer.name, email: buyer.email },
      sellerDetails: { name: 'Shop' },
    });

    const all = await csvRecords(PURCHASE_CSV_HEADER, await openPurchaseExport(admin.id, { status: 'all', q: '' }));
    expect(all).toHaveLength(1201);
    expect(new Set(all.map((r) => r.purchase_id)).size).toBe(1201);
    expect(all[0]).toMatchObject({ buyer_name: buyer.name, workflow: 'Leads, "hot" ones', status: 'REJECT' });
    expect(all.at(-1)).toMatchObject({ purchase_id: paid.id, amount: '5000.50', invoice_number: 'INV-2026-000001' });

    const filtered = await csvRecords(
      PURCHASE_CSV_HEADER,
      await openPurchaseExport(admin.id, { status: 'REJECT', q: 'usiexp00010' }),
    );
    expect(filtered.map((r) => r.transfer_reference).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `USIEXP00010${i}`),
    );

    const inv = await csvRecords(INVOICE_CSV_HEADER, await openInvoiceExport(admin.id));
    expect(inv).toEqual([
      expect.objectContaining({
        invoice_number: 'INV-2026-000001',
        amount: '5000.50',
        buyer_name: buyer.name,
        transfer_reference: paid.transferReference,
      }),
    ]);
  });

  it('refuses a shopper before any row', async () => {
    const shopper = await createTestUser();
    await expect(openPurchaseExport(shopper.id, { status: 'all', q: '' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(openInvoiceExport(shopper.id)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
