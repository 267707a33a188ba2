import { eq, inArray } from 'drizzle-orm';
import jsQR from 'jsqr';
import { simpleParser, type ParsedMail } from 'mailparser';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { setOrderAlerts } from '@/db/queries/admin/order-alerts';
import { countPendingPurchases, sendOrderDigests } from '@/db/queries/order-alerts';
import { warnExpiringPurchases } from '@/db/queries/purchase-expiry-warnings';
import { approvePurchase, buyWorkflow, expireStalePurchases, rejectPurchase } from '@/db/queries/purchases';
import { emailOutbox, purchases, users, workflows } from '@/db/schema';
import { deliverPendingMail } from '@/server/mail';
import { env } from '@/lib/env';
import { payeeFromEnv, purchaseQrPayload } from '@/lib/payments/payee';
import { createTestPurchase, createTestUser } from '../../../helpers/factories';
import { outboxRowsTo, startSmtpSink, type SmtpSink } from '../../../helpers/mail';
import { pdfLines } from '../../../helpers/pdf-text';
import { notificationsOf, shop } from './helpers';

const HOUR = 3_600_000;
let sink: SmtpSink | undefined;
afterEach(async () => {
  await sink?.close();
  sink = undefined;
});

/** Delivers the queue through a real SMTP server and answers the parsed messages to `to`. */
async function deliveredTo(to: string): Promise<ParsedMail[]> {
  sink ??= await startSmtpSink();
  await deliverPendingMail({ config: { smtpUrl: sink.url, from: 'Shop <shop@example.test>', embedded: false } });
  const mine = sink.messages.filter((m) => m.to.includes(to));
  // keepCidLinks: the HTML as sent (mailparser would otherwise inline the image as a data URL).
  return Promise.all(mine.map((m) => simpleParser(m.raw, { keepCidLinks: true })));
}

function qrText(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

describe('order emails', () => {
  it('buying queues the "order placed" mail with the transfer reference and the checkout QR as an inline PNG', async () => {
    const { buyer, workflow } = await shop('349000.00');
    const bought = await buyWorkflow(buyer.id, workflow.id);
    if (bought.kind !== 'pending') throw new Error('expected a pending purchase');
    const [purchase] = await db.select().from(purchases).where(eq(purchases.id, bought.purchaseId));

    // Queued with the purchase, by reference only: the table holds no image bytes.
    const [row] = await outboxRowsTo(buyer.email);
    expect(row?.status).toBe('pending');
    expect(row?.attachments).toEqual([
      expect.objectContaining({ kind: 'qr-png', cid: 'payment-qr', payload: expect.any(String) }),
    ]);
    expect(JSON.stringify(row?.attachments).length).toBeLessThan(400);

    const [mail] = await deliveredTo(buyer.email);
    expect(mail?.subject).toContain(purchase!.transferReference);
    expect(mail?.text).toContain('349.000');
    expect(mail?.text).toContain(purchase!.transferReference);
    expect(mail?.text).toContain(`${env().APP_URL}/checkout/${purchase!.id}`);
    expect(mail?.html).toContain('src="cid:payment-qr"');
    const qr = mail?.attachments.find((a) => a.cid === 'payment-qr');
    expect(qr?.contentType).toBe('image/png');
    // The image scans to the very payload the checkout page draws.
    expect(qrText(qr!.content)).toBe(purchaseQrPayload(payeeFromEnv(env()), purchase!));

    // Buying again returns the open purchase and queues nothing more.
    await buyWorkflow(buyer.id, workflow.id);
    expect(await outboxRowsTo(buyer.email)).toHaveLength(1);
  });

  it('approval mails the receipt with the invoice PDF once; a repeated approval sends no second mail', async () => {
    const { buyer, admin, workflow } = await shop('349000.00');
    const purchase = await createTestPurchase(buyer.id, workflow.id, { amount: '349000.00' });
    const approved = await approvePurchase(admin.id, purchase.id);
    await expect(approvePurchase(admin.id, purchase.id)).rejects.toThrow(/already paid/);
    expect(await outboxRowsTo(buyer.email)).toHaveLength(1);

    const [mail] = await deliveredTo(buyer.email);
    expect(mail?.subject).toContain(approved.invoiceNumber);
    expect(mail?.text).toContain(`${env().APP_URL}/account/library/${workflow.slug}`);
    expect(mail?.text).toContain('349.000');
    const pdf = mail?.attachments.find((a) => a.filename === `${approved.invoiceNumber}.pdf`);
    expect(pdf?.contentType).toBe('application/pdf');
    const doc = await PDFDocument.load(pdf!.content);
    expect(doc.getTitle()).toBe(approved.invoiceNumber);
  });

  it('a Vietnamese buyer and admin get their mail and notices in Vietnamese, the invoice PDF too', async () => {
    const { buyer, admin, workflow } = await shop('349000.00');
    await db
      .update(users)
      .set({ locale: 'vi' })
      .where(inArray(users.id, [buyer.id, admin.id]));
    await db.update(users).set({ orderAlerts: 'each' }).where(eq(users.id, admin.id));
    await db.update(workflows).set({ titleVi: 'Nhắc lịch hẹn qua Zalo' }).where(eq(workflows.id, workflow.id));

    const bought = await buyWorkflow(buyer.id, workflow.id);
    if (bought.kind !== 'pending') throw new Error('expected a pending purchase');
    const [placed] = await outboxRowsTo(buyer.email);
    expect(placed?.subject).toMatch(/^Đơn hàng “Nhắc lịch hẹn qua Zalo”: chuyển 349\.000\s₫ với nội dung USI/);
    const [alert] = await outboxRowsTo(admin.email);
    expect(alert?.subject).toMatch(/^Đơn mới USI\w+: 349\.000\s₫ đang chờ duyệt$/);
    expect((await notificationsOf(admin.id)).map((n) => n.title)).toContain('Đơn hàng mới đang chờ duyệt');

    const approved = await approvePurchase(admin.id, bought.purchaseId);
    const notices = await notificationsOf(buyer.id);
    expect(notices.at(-1)).toMatchObject({
      title: 'Đã xác nhận thanh toán',
      message: `Thanh toán cho “Nhắc lịch hẹn qua Zalo” đã được xác nhận (hóa đơn ${approved.invoiceNumber}). Quy trình đã có trong thư viện của bạn.`,
    });
    const paid = (await deliveredTo(buyer.email)).find((m) => m.subject?.startsWith('Đã nhận thanh toán'));
    expect(paid?.text).toContain(`${env().APP_URL}/vi/account/library/${workflow.slug}`);
    const pdf = paid?.attachments.find((a) => a.filename === `${approved.invoiceNumber}.pdf`);
    const text = (await pdfLines(new Uint8Array(pdf!.content))).join('\n');
    expect(text).toContain('HÓA ĐƠN / INVOICE');
    expect(text).toContain('Nguyễn Văn An');
  });

  it('a refused approval (window closed) queues no receipt: the mail is in the rolled-back transaction', async () => {
    const { buyer, admin, workflow } = await shop();
    const purchase = await createTestPurchase(buyer.id, workflow.id, { createdAt: new Date(Date.now() - 48 * HOUR) });
    await expect(approvePurchase(admin.id, purchase.id)).rejects.toThrow();
    const subjects = (await outboxRowsTo(buyer.email)).map((r) => r.subject);
    expect(subjects.some((s) => s.startsWith('Payment received'))).toBe(false);
  });

  it('rejection mails the reason the admin gave', async () => {
    const { buyer, admin, workflow } = await shop();
    const purchase = await createTestPurchase(buyer.id, workflow.id);
    await rejectPurchase(admin.id, purchase.id, 'The transfer <b>never</b> arrived & the bank says so.');
    const [mail] = await deliveredTo(buyer.email);
    expect(mail?.subject).toMatch(/was not accepted/);
    expect(mail?.text).toContain('The transfer <b>never</b> arrived & the bank says so.');
    expect(mail?.html).toContain('The transfer &lt;b&gt;never&lt;/b&gt; arrived &amp; the bank says so.');
    expect(mail?.text).toContain(purchase.transferReference);
  });

  it('the expiry warning mails once, with the deadline in Vietnam time; the sweep mails that the order closed', async () => {
    const { buyer, workflow } = await shop();
    const now = new Date('2026-05-10T12:00:00Z');
    const purchase = await createTestPurchase(buyer.id, workflow.id, {
      createdAt: new Date(now.getTime() - 23 * HOUR),
    });
    expect(await warnExpiringPurchases(now, { ttlHours: 24 })).toBe(1);
    expect(await warnExpiringPurchases(now, { ttlHours: 24 })).toBe(0);
    const warned = await deliveredTo(buyer.email);
    expect(warned).toHaveLength(1);
    // Deadline 2026-05-10 13:00 UTC = 20:00 in Ho Chi Minh City.
    expect(warned[0]?.text).toContain('10 May 2026, 20:00');
    expect(warned[0]?.text).toContain(`${env().APP_URL}/checkout/${purchase.id}`);

    expect(await expireStalePurchases({}, new Date(now.getTime() + 2 * HOUR))).toBeGreaterThanOrEqual(1);
    const all = await deliveredTo(buyer.email);
    expect(all.map((m) => m.subject)).toEqual([warned[0]?.subject, `Your order for “${workflow.title}” was closed`]);
    expect(all[1]?.text).toContain(purchase.transferReference);
  });
});

describe('admin alerts for new orders', () => {
  it('every active admin gets a notice; the email follows each admin’s setting; the digest lists the hour’s orders once', async () => {
    const { buyer, admin, workflow } = await shop();
    const digest = await createTestUser({ name: 'Digest Admin', role: 'ADMIN' });
    const quiet = await createTestUser({ name: 'Quiet Admin', role: 'ADMIN' });
    const t0 = new Date(Date.now() - 2 * 60_000);
    await setOrderAlerts(digest.id, 'digest', t0);
    await setOrderAlerts(quiet.id, 'off');
    const before = await countPendingPurchases();

    const bought = await buyWorkflow(buyer.id, workflow.id);
    if (bought.kind !== 'pending') throw new Error('expected a pending purchase');
    expect(await countPendingPurchases()).toBe(before + 1);

    for (const a of [admin, digest, quiet]) {
      const notices = await notificationsOf(a.id);
      expect(notices.map((n) => n.link)).toContain(`/admin/purchases/${bought.purchaseId}`);
    }
    const [each] = await deliveredTo(admin.email);
    expect(each?.subject).toMatch(/^New order USI/);
    expect(each?.text).toContain(`${env().APP_URL}/admin/purchases/${bought.purchaseId}`);
    expect(each?.text).toContain(buyer.email);
    expect(await outboxRowsTo(digest.email)).toHaveLength(0);
    expect(await outboxRowsTo(quiet.email)).toHaveLength(0);

    // Not an hour since the period began: no digest yet.
    expect(await sendOrderDigests(new Date())).toBe(0);
    const anHourOn = new Date(t0.getTime() + HOUR);
    const runs = await Promise.all([sendOrderDigests(anHourOn), sendOrderDigests(anHourOn)]);
    expect(runs.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    const digests = await deliveredTo(digest.email);
    expect(digests).toHaveLength(1);
    // Every order placed in the period and still waiting (the file's earlier tests placed some too).
    expect(digests[0]?.subject).toMatch(/^\d+ new orders? since/);
    expect(digests[0]?.text).toContain(workflow.title);
    expect(digests[0]?.text).toContain(`${env().APP_URL}/admin/purchases?status=PENDING`);
    // The next hour has nothing new: no second digest.
    expect(await sendOrderDigests(new Date(anHourOn.getTime() + HOUR))).toBe(0);
    expect(await outboxRowsTo(quiet.email)).toHaveLength(0);
  });

  it('the order alerts setting refuses non-admins and unknown values at the database', async () => {
    const shopper = await createTestUser();
    await expect(setOrderAlerts(shopper.id, 'off')).rejects.toThrow(/Only an admin/);
    const admin = await createTestUser({ role: 'ADMIN' });
    await expect(
      db.execute(`update users set order_alerts = 'weekly' where id = '${admin.id}'` as never),
    ).rejects.toThrow();
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.to, shopper.email))).toHaveLength(0);
  });
});
