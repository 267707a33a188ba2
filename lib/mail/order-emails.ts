/**
 * The order emails: to the buyer (placed, paid, rejected, expiring soon, expired) and to the admins (a
 * new order waits for approval, the hourly digest), each in its reader's language (`locale`, from
 * users.locale; messages/<locale>/email.json). Money through formatPrice, times in the shop's time zone
 * (lib/format-date-time.ts), links from APP_URL to the pages in the reader's language.
 */
import { formatDateTime } from '../format-date-time';
import { formatPrice, shop } from '../site';
import type { MailAttachmentRef } from './attachments';
import { emailTranslator, pageUrl, type MailLocale } from './email-text';
import { renderEmail, type RenderedEmail } from './render';

export type OrderEmail = RenderedEmail & { subject: string; attachments?: MailAttachmentRef[] };

/** What every buyer's order email names; `title` is already in the buyer's language. */
export type OrderFacts = { buyerName: string; title: string; amount: string; reference: string; locale?: MailLocale };

/** The content id of the payment QR in the "order placed" email. */
export const PAYMENT_QR_CID = 'payment-qr';

/** The translator, price and times of one reader. */
function reader(locale: MailLocale = 'en') {
  return {
    locale,
    t: emailTranslator(locale),
    price: (amount: string) => formatPrice(amount, locale),
    at: (value: Date) => formatDateTime(value, locale),
  };
}

export function orderPlacedEmail(
  order: OrderFacts & { purchaseId: string; payBy: Date; qrPayload: string },
): OrderEmail {
  const { locale, t, price, at } = reader(order.locale);
  const amount = price(order.amount);
  return {
    subject: t('placed.subject', { title: order.title, price: amount, reference: order.reference }),
    ...renderEmail({
      greeting: t('greeting', { name: order.buyerName }),
      paragraphs: [
        t('placed.thanks', { title: order.title, shop: shop().name }),
        t('placed.howToPay', { price: amount, reference: order.reference }),
      ],
      details: [
        [t('amount'), amount],
        [t('reference'), order.reference],
        [t('payBy'), at(order.payBy)],
      ],
      image: {
        cid: PAYMENT_QR_CID,
        alt: t('placed.qrAlt'),
        note: t('imageAttached', { alt: t('placed.qrAlt') }),
      },
      action: { label: t('openPaymentPage'), url: pageUrl(locale, `/checkout/${order.purchaseId}`) },
      footer: t('placed.footer', { payBy: at(order.payBy) }),
    }),
    attachments: [
      { kind: 'qr-png', payload: order.qrPayload, cid: PAYMENT_QR_CID, filename: `payment-${order.reference}.png` },
    ],
  };
}

export function orderPaidEmail(
  order: OrderFacts & { slug: string; invoiceId: string; invoiceNumber: string; paidAt: Date },
): OrderEmail {
  const { locale, t, price, at } = reader(order.locale);
  return {
    subject: t('paid.subject', { title: order.title, number: order.invoiceNumber }),
    ...renderEmail({
      greeting: t('greeting', { name: order.buyerName }),
      paragraphs: [t('paid.body', { title: order.title })],
      details: [
        [t('amountPaid'), price(order.amount)],
        [t('reference'), order.reference],
        [t('invoice'), order.invoiceNumber],
        [t('paidOn'), at(order.paidAt)],
      ],
      action: { label: t('paid.action'), url: pageUrl(locale, `/account/library/${order.slug}`) },
      footer: t('paid.footer', { url: pageUrl(locale, `/account/invoices/${order.invoiceId}`) }),
    }),
    // The PDF in the buyer's language too, rendered when the mail is delivered.
    attachments: [{ kind: 'invoice-pdf', invoiceId: order.invoiceId, filename: `${order.invoiceNumber}.pdf`, locale }],
  };
}

export function orderRejectedEmail(order: OrderFacts & { reason: string; slug: string }): OrderEmail {
  const { locale, t, price } = reader(order.locale);
  return {
    subject: t('rejected.subject', { title: order.title }),
    ...renderEmail({
      greeting: t('greeting', { name: order.buyerName }),
      paragraphs: [t('rejected.body', { title: order.title, reference: order.reference }), t('rejected.reason')],
      quote: order.reason,
      details: [
        [t('amount'), price(order.amount)],
        [t('reference'), order.reference],
      ],
      action: { label: t('rejected.action'), url: pageUrl(locale, '/account/purchases') },
      footer: t('rejected.footer', {
        email: shop().supportEmail,
        url: pageUrl(locale, '/contact'),
        reference: order.reference,
      }),
    }),
  };
}

export function orderExpiringEmail(order: OrderFacts & { purchaseId: string; payBy: Date }): OrderEmail {
  const { locale, t, price, at } = reader(order.locale);
  const amount = price(order.amount);
  return {
    subject: t('expiring.subject', { title: order.title, payBy: at(order.payBy) }),
    ...renderEmail({
      greeting: t('greeting', { name: order.buyerName }),
      paragraphs: [
        t('expiring.body', { title: order.title, price: amount, reference: order.reference, payBy: at(order.payBy) }),
      ],
      details: [
        [t('amount'), amount],
        [t('reference'), order.reference],
        [t('payBy'), at(order.payBy)],
      ],
      action: { label: t('openPaymentPage'), url: pageUrl(locale, `/checkout/${order.purchaseId}`) },
      footer: t('expiring.footer'),
    }),
  };
}

export function orderExpiredEmail(order: OrderFacts & { slug: string }): OrderEmail {
  const { locale, t, price } = reader(order.locale);
  return {
    subject: t('expired.subject', { title: order.title }),
    ...renderEmail({
      greeting: t('greeting', { name: order.buyerName }),
      paragraphs: [
        t('expired.body', { price: price(order.amount), reference: order.reference, title: order.title }),
        t('expired.again'),
      ],
      action: { label: t('expired.action'), url: pageUrl(locale, `/workflows/${order.slug}`) },
      footer: t('expired.footer', { email: shop().supportEmail, reference: order.reference }),
    }),
  };
}

/** One order waiting for approval, as the admin emails list it. */
export type PendingOrder = {
  purchaseId: string;
  title: string;
  amount: string;
  reference: string;
  buyerName: string;
  buyerEmail: string;
  createdAt: Date;
};

/** The admin reading an alert: their name and language. */
export type AdminReader = { name: string; locale?: MailLocale };

export function newOrderAdminEmail(admin: AdminReader, order: PendingOrder): OrderEmail {
  const { locale, t, price, at } = reader(admin.locale);
  return {
    subject: t('newOrder.subject', { reference: order.reference, price: price(order.amount) }),
    ...renderEmail({
      greeting: t('greeting', { name: admin.name }),
      paragraphs: [t('newOrder.body', { buyer: order.buyerName, email: order.buyerEmail, title: order.title })],
      details: [
        [t('amount'), price(order.amount)],
        [t('reference'), order.reference],
        [t('ordered'), at(order.createdAt)],
      ],
      action: { label: t('newOrder.action'), url: pageUrl(locale, `/admin/purchases/${order.purchaseId}`) },
      footer: t('newOrder.footer'),
    }),
  };
}

export function orderDigestAdminEmail(admin: AdminReader, orders: PendingOrder[], since: Date): OrderEmail {
  const { locale, t, price, at } = reader(admin.locale);
  const count = orders.length;
  const line = (o: PendingOrder) =>
    `${at(o.createdAt)} · ${o.reference} · ${price(o.amount)} · “${o.title}” · ${o.buyerName} <${o.buyerEmail}>`;
  return {
    subject: t('digest.subject', { count, since: at(since) }),
    ...renderEmail({
      greeting: t('greeting', { name: admin.name }),
      paragraphs: [t('digest.body', { count, since: at(since) }), orders.map(line).join('\n')],
      action: { label: t('digest.action'), url: pageUrl(locale, '/admin/purchases?status=PENDING') },
      footer: t('digest.footer'),
    }),
  };
}
