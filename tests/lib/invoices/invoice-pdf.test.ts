import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildInvoicePdf } from '@/lib/invoices/invoice-pdf';
import { pdfLines } from '../../helpers/pdf-text';

const invoice = {
  invoiceNumber: 'INV-2026-000042',
  issuedAt: new Date('2026-11-27T16:35:00Z'),
  amount: '149000.00',
  currency: 'VND',
  buyer: {
    name: 'Nguyễn Văn An',
    email: 'an@example.test',
    company: 'Công ty TNHH Ánh Dương',
    address: '45 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội',
    taxId: '0101234567',
  },
  seller: {
    name: 'USITech Marketplace',
    legalName: 'Công ty TNHH USITech Việt Nam',
    taxId: '0312345678-001',
    bankName: 'Vietcombank',
    accountNumber: '0000123456789',
    accountName: 'USITECH DEMO SHOP',
  },
  purchase: { transferReference: 'USIK7M2QX9P' },
  workflow: { title: 'Tự động gửi hóa đơn qua Zalo khi đơn hàng Shopify được thanh toán' },
};

describe('invoice PDF', () => {
  it('is a one-page PDF titled with the invoice number, its metadata in Unicode', async () => {
    const bytes = await buildInvoicePdf(invoice);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe('INV-2026-000042');
    expect(doc.getAuthor()).toBe('USITech Marketplace');
  });

  it('prints Vietnamese names, titles and amounts as written, in English', async () => {
    const text = (await pdfLines(await buildInvoicePdf(invoice, 'en'))).join('\n');
    expect(text).toContain('INVOICE');
    expect(text).not.toContain('HÓA ĐƠN');
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('Công ty TNHH Ánh Dương');
    expect(text).toContain('Tax code (MST): 0101234567');
    expect(text).toContain('Tax code (MST): 0312345678-001');
    // The title wraps under the amount.
    expect(text).toContain('Workflow template: Tự động gửi hóa đơn qua Zalo khi đơn hàng');
    expect(text).toContain('Shopify được thanh toán');
    expect(text).toContain('149.000 ₫');
    expect(text).toContain('Issued 27 Nov 2026, 23:35');
    expect(text).toContain('Total paid');
    expect(text).toContain("This is the shop's sales receipt.");
    expect(text.replace(/\n/g, ' ')).toContain('legal e-invoices are issued through a licensed provider');
  });

  it('is written in Vietnamese for a Vietnamese buyer, with Vietnamese dates and amounts', async () => {
    const text = (await pdfLines(await buildInvoicePdf(invoice, 'vi'))).join('\n');
    expect(text).toContain('HÓA ĐƠN / INVOICE');
    expect(text).toContain('Ngày lập: 27/11/2026 23:35');
    expect(text).toContain('BÊN BÁN');
    expect(text).toContain('NGƯỜI MUA');
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('Mã số thuế (MST): 0101234567');
    expect(text).toContain('Mẫu quy trình: Tự động gửi hóa đơn qua Zalo khi đơn hàng Shopify');
    expect(text).toContain('được thanh toán');
    expect(text).toContain('Tổng đã thanh toán');
    expect(text).toContain('149.000 ₫');
    expect(text).toContain('Đây là biên nhận bán hàng của cửa hàng');
    expect(text).not.toContain('Total paid');
  });

  it('writes a dollar amount the Vietnamese way in Vietnamese', async () => {
    const usd = { ...invoice, amount: '19.50', currency: 'USD' };
    expect((await pdfLines(await buildInvoicePdf(usd, 'vi'))).join('\n')).toContain('19,50 US$');
    expect((await pdfLines(await buildInvoicePdf(usd, 'en'))).join('\n')).toContain('$19.50');
  });

  it('embeds only the glyphs it draws: the PDF stays small', async () => {
    const bytes = await buildInvoicePdf(invoice, 'vi');
    expect(bytes.length).toBeLessThan(60_000);
  });
});
