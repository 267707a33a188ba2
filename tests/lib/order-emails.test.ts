import { describe, expect, it } from 'vitest';
import {
  newOrderAdminEmail,
  orderDigestAdminEmail,
  orderExpiredEmail,
  orderExpiringEmail,
  orderPaidEmail,
  orderPlacedEmail,
  orderRejectedEmail,
  PAYMENT_QR_CID,
} from '@/lib/mail/order-emails';
import { qrPng } from '@/lib/mail/attachments';
import { appUrl, shop } from '@/lib/site';

const order = { buyerName: 'Nguyễn Văn An', title: 'Zalo <CRM> sync', amount: '349000.00', reference: 'USIKAYW3TZF' };
// 2026-05-10 13:00 UTC is 20:00 in Ho Chi Minh City (UTC+7).
const payBy = new Date('2026-05-10T13:00:00Z');

describe('order emails (content of the text and HTML parts)', () => {
  it('order placed: amount in the shop currency, reference, deadline in Vietnam time, checkout link, inline QR', () => {
    const mail = orderPlacedEmail({ ...order, purchaseId: 'p-1', payBy, qrPayload: '000201…' });
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('349.000\u00a0₫');
      expect(part).toContain('USIKAYW3TZF');
      expect(part).toContain('10 May 2026, 20:00');
      expect(part).toContain(`${appUrl()}/checkout/p-1`);
    }
    expect(mail.text).toContain('Zalo <CRM> sync');
    expect(mail.html).toContain('Zalo &lt;CRM&gt; sync');
    expect(mail.html).toContain(`src="cid:${PAYMENT_QR_CID}"`);
    expect(mail.text).toContain(`— ${shop().name}`);
    expect(mail.attachments).toEqual([
      { kind: 'qr-png', payload: '000201…', cid: PAYMENT_QR_CID, filename: 'payment-USIKAYW3TZF.png' },
    ]);
  });

  it('paid: the invoice number, the library link and the invoice PDF by reference', () => {
    const mail = orderPaidEmail({
      ...order,
      slug: 'zalo-crm',
      invoiceId: 'i-1',
      invoiceNumber: 'INV-2026-7',
      paidAt: payBy,
    });
    expect(mail.subject).toContain('INV-2026-7');
    expect(mail.text).toContain(`${appUrl()}/account/library/zalo-crm`);
    expect(mail.text).toContain('349.000\u00a0₫');
    expect(mail.text).toContain('10 May 2026, 20:00');
    expect(mail.html).toContain(`href="${appUrl()}/account/library/zalo-crm"`);
    expect(mail.attachments).toEqual([
      { kind: 'invoice-pdf', invoiceId: 'i-1', filename: 'INV-2026-7.pdf', locale: 'en' },
    ]);
  });

  it('rejected: the admin’s reason, escaped in the HTML', () => {
    const mail = orderRejectedEmail({ ...order, slug: 'x', reason: 'Amount <wrong> & late' });
    expect(mail.text).toContain('> Amount <wrong> & late');
    expect(mail.html).toContain('Amount &lt;wrong&gt; &amp; late');
    expect(mail.html).not.toContain('<wrong>');
    expect(mail.text).toContain(shop().supportEmail);
  });

  it('expiring soon and expired name the deadline and the way back', () => {
    const soon = orderExpiringEmail({ ...order, purchaseId: 'p-1', payBy });
    expect(soon.subject).toContain('10 May 2026, 20:00');
    expect(soon.text).toContain(`${appUrl()}/checkout/p-1`);
    const closed = orderExpiredEmail({ ...order, slug: 'zalo-crm' });
    expect(closed.text).toContain('USIKAYW3TZF');
    expect(closed.text).toContain(`${appUrl()}/workflows/zalo-crm`);
  });

  it('admin alerts: one order, and the digest listing every order', () => {
    const pending = {
      purchaseId: 'p-1',
      title: 'Zalo CRM',
      amount: '349000.00',
      reference: 'USIKAYW3TZF',
      buyerName: 'An',
      buyerEmail: 'an@example.test',
      createdAt: payBy,
    };
    const one = newOrderAdminEmail({ name: 'Lan' }, pending);
    expect(one.subject).toBe('New order USIKAYW3TZF: 349.000\u00a0₫ waits for approval');
    expect(one.text).toContain(`${appUrl()}/admin/purchases/p-1`);
    const digest = orderDigestAdminEmail(
      { name: 'Lan' },
      [pending, { ...pending, purchaseId: 'p-2', reference: 'USIB2B2B2B2', amount: '99000.00' }],
      payBy,
    );
    expect(digest.subject).toBe('2 new orders since 10 May 2026, 20:00');
    expect(digest.text).toContain('USIKAYW3TZF · 349.000\u00a0₫');
    expect(digest.text).toContain('USIB2B2B2B2 · 99.000\u00a0₫');
  });

  it('in Vietnamese for a Vietnamese buyer: words, dates, links to /vi pages, the invoice PDF in Vietnamese', () => {
    const vi = { ...order, title: 'Đồng bộ Zalo CRM', locale: 'vi' as const };
    const placed = orderPlacedEmail({ ...vi, purchaseId: 'p-1', payBy, qrPayload: '000201…' });
    expect(placed.subject).toBe('Đơn hàng “Đồng bộ Zalo CRM”: chuyển 349.000\u00a0₫ với nội dung USIKAYW3TZF');
    for (const part of [placed.text, placed.html]) {
      expect(part).toContain('Xin chào Nguyễn Văn An,');
      expect(part).toContain('Hạn thanh toán');
      expect(part).toContain('10/05/2026 20:00');
      expect(part).toContain(`${appUrl()}/vi/checkout/p-1`);
    }
    expect(placed.text).toContain('(Mã QR thanh toán: đính kèm dạng hình ảnh)');
    expect(placed.html).toContain('alt="Mã QR thanh toán"');

    const paid = orderPaidEmail({
      ...vi,
      slug: 'zalo-crm',
      invoiceId: 'i-1',
      invoiceNumber: 'INV-2026-000042',
      paidAt: payBy,
    });
    expect(paid.subject).toBe('Đã nhận thanh toán: “Đồng bộ Zalo CRM” (hóa đơn INV-2026-000042)');
    expect(paid.text).toContain(`${appUrl()}/vi/account/library/zalo-crm`);
    expect(paid.attachments).toEqual([
      { kind: 'invoice-pdf', invoiceId: 'i-1', filename: 'INV-2026-000042.pdf', locale: 'vi' },
    ]);
    const rejected = orderRejectedEmail({ ...vi, slug: 'zalo-crm', reason: 'Sai số tiền' });
    expect(rejected.text).toContain('Lý do:');
    expect(rejected.text).toContain('> Sai số tiền');
    expect(orderExpiredEmail({ ...vi, slug: 'zalo-crm' }).subject).toBe('Đơn hàng “Đồng bộ Zalo CRM” đã đóng');
    expect(orderExpiringEmail({ ...vi, purchaseId: 'p-1', payBy }).subject).toBe(
      'Đơn hàng “Đồng bộ Zalo CRM” sẽ hết hạn lúc 10/05/2026 20:00',
    );
    const digest = orderDigestAdminEmail(
      { name: 'Lan', locale: 'vi' },
      [
        {
          purchaseId: 'p-1',
          title: 'Zalo',
          amount: '99000',
          reference: 'USIX',
          buyerName: 'An',
          buyerEmail: 'a@x.vn',
          createdAt: payBy,
        },
      ],
      payBy,
    );
    expect(digest.subject).toBe('1 đơn hàng mới từ 10/05/2026 20:00');
    expect(digest.text).toContain(`${appUrl()}/vi/admin/purchases?status=PENDING`);
  });

  it('the QR attachment is a PNG image', async () => {
    const png = await qrPng('00020101021238570010A000000727');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });
});
