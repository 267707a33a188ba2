import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildInvoicePdf, pdfAmount } from '@/lib/invoices/invoice-pdf';

const invoice = {
  invoiceNumber: 'INV-2026-000042',
  issuedAt: new Date('2026-11-02T08:00:00Z'),
  amount: '349000.00',
  currency: 'VND',
  buyer: { name: 'Nguyễn Văn Đức', email: 'duc@example.test' },
  seller: {
    name: 'USITech Marketplace',
    bankName: 'Vietcombank',
    accountNumber: '0000123456789',
    accountName: 'USITECH DEMO SHOP',
  },
  purchase: { transferReference: 'USIK7M2QX9P' },
  workflow: { title: 'Đồng bộ đơn hàng Shopify → Google Sheets' },
};

describe('invoice PDF', () => {
  it('is a one-page PDF titled with the invoice number, also with Vietnamese names', async () => {
    const bytes = await buildInvoicePdf(invoice);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe('INV-2026-000042');
    expect(doc.getAuthor()).toBe('USITech Marketplace');
  });

  it('writes amounts the standard fonts can draw', () => {
    expect(pdfAmount('349000.00', 'VND')).toBe('349,000 VND');
    expect(pdfAmount('19.5', 'USD')).toBe('19.50 USD');
    expect(pdfAmount('12345678901234567.89', 'USD')).toBe('12,345,678,901,234,567.89 USD');
  });
});
