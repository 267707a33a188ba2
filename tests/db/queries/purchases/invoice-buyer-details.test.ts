import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { users } from '@/db/schema';
import { approvePurchase, getInvoice } from '@/db/queries/purchases';
import { getAccountSettings, updateInvoiceDetails } from '@/db/queries/settings';
import { buildInvoicePdf } from '@/lib/invoices/invoice-pdf';
import { createTestPurchase } from '../../../helpers/factories';
import { pdfLines } from '../../../helpers/pdf-text';
import { shop } from './helpers';

describe("the buyer's invoice details", () => {
  it('are printed on the invoice as they were when it was issued', async () => {
    const { buyer, admin, workflow } = await shop('149000');
    await updateInvoiceDetails(buyer.id, {
      company: 'Công ty TNHH Ánh Dương',
      address: '45 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội',
      taxCode: '0101234567-002',
    });
    const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '149000' });
    const { invoiceId } = await approvePurchase(admin.id, purchase.id);

    // Changed (then cleared) after the invoice was issued: the invoice keeps what it was issued with.
    await updateInvoiceDetails(buyer.id, { company: 'Another Company', address: null, taxCode: '0999999999' });
    expect((await getAccountSettings(buyer.id))?.billing).toEqual({
      company: 'Another Company',
      address: null,
      taxCode: '0999999999',
    });
    await db.update(users).set({ name: 'Renamed Later' }).where(eq(users.id, buyer.id));

    const invoice = await getInvoice(buyer.id, invoiceId);
    expect(invoice?.buyer).toEqual({
      name: 'Nguyễn Văn An',
      email: buyer.email,
      company: 'Công ty TNHH Ánh Dương',
      address: '45 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội',
      taxId: '0101234567-002',
    });
    const text = (await pdfLines(await buildInvoicePdf(invoice!, 'vi'))).join('\n');
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('Công ty TNHH Ánh Dương');
    expect(text).toContain('Mã số thuế (MST): 0101234567-002');
    expect(text).not.toMatch(/Another Company|0999999999|Renamed Later/);
  });

  it('are optional: without them the invoice names the buyer and their email only', async () => {
    const { buyer, admin, workflow } = await shop('149000');
    const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '149000' });
    const { invoiceId } = await approvePurchase(admin.id, purchase.id);
    expect((await getInvoice(buyer.id, invoiceId))?.buyer).toEqual({ name: 'Nguyễn Văn An', email: buyer.email });
  });

  it('never hold a malformed tax code, whoever writes the row', async () => {
    const { buyer } = await shop();
    await expect(db.update(users).set({ billingTaxCode: '12345' }).where(eq(users.id, buyer.id))).rejects.toThrow();
  });
});
