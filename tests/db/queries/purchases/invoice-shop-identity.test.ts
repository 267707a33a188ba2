import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { approvePurchase, getInvoice } from '@/db/queries/purchases';
import { buildInvoicePdf } from '@/lib/invoices/invoice-pdf';
import { createTestPurchase } from '../../../helpers/factories';
import { pdfLines } from '../../../helpers/pdf-text';
import { shop } from './helpers';

afterEach(() => vi.unstubAllEnvs());

describe('an invoice issued under SHOP_NAME and SHOP_CURRENCY', () => {
  it('names the configured shop as the seller, in its currency, on the page and in the PDF', async () => {
    vi.stubEnv('SHOP_NAME', 'Cửa hàng Thử');
    vi.stubEnv('SHOP_CURRENCY', 'USD');
    const { buyer, admin, workflow } = await shop('19.50');
    const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '19.50' });
    const approved = await approvePurchase(admin.id, purchase.id);

    const invoice = await getInvoice(buyer.id, approved.invoiceId);
    expect(invoice).toMatchObject({ currency: 'USD', amount: '19.50', seller: { name: 'Cửa hàng Thử' } });

    const pdf = await buildInvoicePdf(invoice!);
    expect((await PDFDocument.load(pdf)).getAuthor()).toBe('Cửa hàng Thử');
    const text = (await pdfLines(pdf)).join('\n');
    expect(text).toContain('Cửa hàng Thử');
    expect(text).toContain('$19.50');
    expect(text).not.toContain('USITech');
  });

  it('names the seller as registered (SHOP_LEGAL_NAME, SHOP_ADDRESS, SHOP_TAX_CODE) and links the terms, frozen at issue', async () => {
    vi.stubEnv('SHOP_NAME', 'Lotus Templates');
    vi.stubEnv('SHOP_LEGAL_NAME', 'Công ty TNHH Lotus Templates Việt Nam');
    vi.stubEnv('SHOP_ADDRESS', '12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh, Việt Nam');
    vi.stubEnv('SHOP_TAX_CODE', '0312345678-001');
    vi.stubEnv('SHOP_SUPPORT_EMAIL', 'hoadon@lotus.example');
    vi.stubEnv('APP_URL', 'https://lotus.example');
    const { buyer, admin, workflow } = await shop('149000');
    const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '149000' });
    const approved = await approvePurchase(admin.id, purchase.id);

    // Set later, the configuration does not change an invoice already issued.
    vi.stubEnv('SHOP_LEGAL_NAME', 'Another Company');
    vi.stubEnv('SHOP_TAX_CODE', '0999999999');
    const invoice = await getInvoice(buyer.id, approved.invoiceId);
    expect(invoice?.seller).toMatchObject({
      name: 'Lotus Templates',
      legalName: 'Công ty TNHH Lotus Templates Việt Nam',
      address: '12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh, Việt Nam',
      taxId: '0312345678-001',
      email: 'hoadon@lotus.example',
    });

    const text = (await pdfLines(await buildInvoicePdf(invoice!))).join('\n');
    expect(text).toContain('Công ty TNHH Lotus Templates Việt Nam');
    expect(text).toContain('Tax code (MST): 0312345678-001');
    // The address wraps in the seller's column, word by word.
    expect(text).toContain('12 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí');
    expect(text).toContain('Minh, Việt Nam');
    expect(text).toContain('hoadon@lotus.example');
    expect(text).toContain('Sold under our Terms of Service: https://lotus.example/terms');
    expect(text).not.toMatch(/Another Company|0999999999/);
  });
});
