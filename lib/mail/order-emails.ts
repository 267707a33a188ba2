/**
 * The order emails: to the buyer (placed, paid, rejected, expiring soon, expired) and to the admins (a
 * new order waits for approval, the hourly digest). Every sentence of a template is inside its function,
 * so a translation replaces one function's strings. Money through formatPrice, times in the shop's time
 * zone (lib/format-date-time.ts), links from APP_URL.
 */
import { formatDateTime } from '../format-date-time';
import { appUrl, formatPrice, shop } from '../site';
import type { MailAttachmentRef } from './attachments';
import { renderEmail, type RenderedEmail } from './render';

export type OrderEmail = RenderedEmail & { subject: string; attachments?: MailAttachmentRef[] };

/** What every buyer's order email names. */
export type OrderFacts = { buyerName: string; title: string; amount: string; reference: string };

/** The content id of the payment QR in the "order placed" email. */
export const PAYMENT_QR_CID = 'payment-qr';

export function orderPlacedEmail(
  order: OrderFacts & { purchaseId: string; payBy: Date; qrPayload: string },
): OrderEmail {
  const price = formatPrice(order.amount);
  return {
    subject: `Your order for “${order.title}”: pay ${price} with reference ${order.reference}`,
    ...renderEmail({
      greeting: `Hello ${order.buyerName},`,
      paragraphs: [
        `Thank you for your order of “${order.title}” at ${shop().name}.`,
        `To pay, scan the QR code below with your banking app, or transfer ${price} with the reference ${order.reference} as the transfer content. We confirm the payment as soon as it arrives.`,
      ],
      details: [
        ['Amount', price],
        ['Transfer reference', order.reference],
        ['Pay by', formatDateTime(order.payBy)],
      ],
      image: { cid: PAYMENT_QR_CID, alt: 'Payment QR code' },
      action: { label: 'Open the payment page', url: `${appUrl()}/checkout/${order.purchaseId}` },
      footer: `If the transfer has not arrived by ${formatDateTime(order.payBy)}, the order is closed and you can buy again at any time.`,
    }),
    attachments: [
      { kind: 'qr-png', payload: order.qrPayload, cid: PAYMENT_QR_CID, filename: `payment-${order.reference}.png` },
    ],
  };
}

export function orderPaidEmail(
  order: OrderFacts & { slug: string; invoiceId: string; invoiceNumber: string; paidAt: Date },
): OrderEmail {
  const price = formatPrice(order.amount);
  return {
    subject: `Payment received: “${order.title}” (invoice ${order.invoiceNumber})`,
    ...renderEmail({
      greeting: `Hello ${order.buyerName},`,
      paragraphs: [
        `We received your payment for “${order.title}”. The workflow is in your library now; the invoice is attached to this email.`,
      ],
      details: [
        ['Amount paid', price],
        ['Transfer reference', order.reference],
        ['Invoice', order.invoiceNumber],
        ['Paid on', formatDateTime(order.paidAt)],
      ],
      action: { label: 'Open your library', url: `${appUrl()}/account/library/${order.slug}` },
      footer: `The invoice is also at ${appUrl()}/account/invoices/${order.invoiceId}.`,
    }),
    attachments: [{ kind: 'invoice-pdf', invoiceId: order.invoiceId, filename: `${order.invoiceNumber}.pdf` }],
  };
}

export function orderRejectedEmail(order: OrderFacts & { reason: string; slug: string }): OrderEmail {
  return {
    subject: `Your order for “${order.title}” was not accepted`,
    ...renderEmail({
      greeting: `Hello ${order.buyerName},`,
      paragraphs: [`We could not accept your order of “${order.title}” (reference ${order.reference}).`, 'The reason:'],
      quote: order.reason,
      details: [
        ['Amount', formatPrice(order.amount)],
        ['Transfer reference', order.reference],
      ],
      action: { label: 'See your purchases', url: `${appUrl()}/account/purchases` },
      footer: `If you have already transferred the money, or think this is a mistake, write to us at ${shop().supportEmail} or through ${appUrl()}/contact and name the reference ${order.reference}.`,
    }),
  };
}

export function orderExpiringEmail(order: OrderFacts & { purchaseId: string; payBy: Date }): OrderEmail {
  const price = formatPrice(order.amount);
  return {
    subject: `Your order for “${order.title}” expires at ${formatDateTime(order.payBy)}`,
    ...renderEmail({
      greeting: `Hello ${order.buyerName},`,
      paragraphs: [
        `Your order of “${order.title}” is still waiting for payment. Transfer ${price} with the reference ${order.reference} before ${formatDateTime(order.payBy)} (Vietnam time) to keep it.`,
      ],
      details: [
        ['Amount', price],
        ['Transfer reference', order.reference],
        ['Pay by', formatDateTime(order.payBy)],
      ],
      action: { label: 'Open the payment page', url: `${appUrl()}/checkout/${order.purchaseId}` },
      footer: 'If you have already paid, there is nothing to do: we confirm the payment as soon as it arrives.',
    }),
  };
}

export function orderExpiredEmail(order: OrderFacts & { slug: string }): OrderEmail {
  return {
    subject: `Your order for “${order.title}” was closed`,
    ...renderEmail({
      greeting: `Hello ${order.buyerName},`,
      paragraphs: [
        `We did not receive the transfer of ${formatPrice(order.amount)} with the reference ${order.reference} in time, so the order of “${order.title}” was closed. Please do not transfer money for it any more.`,
        'You can buy the workflow again at any time.',
      ],
      action: { label: 'Back to the workflow', url: `${appUrl()}/workflows/${order.slug}` },
      footer: `If you transferred the money anyway, write to us at ${shop().supportEmail} and name the reference ${order.reference}.`,
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

function orderLine(o: PendingOrder): string {
  return `${formatDateTime(o.createdAt)} · ${o.reference} · ${formatPrice(o.amount)} · “${o.title}” · ${o.buyerName} <${o.buyerEmail}>`;
}

export function newOrderAdminEmail(adminName: string, order: PendingOrder): OrderEmail {
  return {
    subject: `New order ${order.reference}: ${formatPrice(order.amount)} waits for approval`,
    ...renderEmail({
      greeting: `Hello ${adminName},`,
      paragraphs: [
        `${order.buyerName} (${order.buyerEmail}) ordered “${order.title}”. Approve it once the transfer has arrived, so the buyer is served.`,
      ],
      details: [
        ['Amount', formatPrice(order.amount)],
        ['Transfer reference', order.reference],
        ['Ordered', formatDateTime(order.createdAt)],
      ],
      action: { label: 'Review the order', url: `${appUrl()}/admin/purchases/${order.purchaseId}` },
      footer: 'You get one email per order. To get one hourly digest or none, change "Order alerts" in your settings.',
    }),
  };
}

export function orderDigestAdminEmail(adminName: string, orders: PendingOrder[], since: Date): OrderEmail {
  const n = orders.length;
  return {
    subject: `${n} new order${n === 1 ? '' : 's'} since ${formatDateTime(since)}`,
    ...renderEmail({
      greeting: `Hello ${adminName},`,
      paragraphs: [
        `${n === 1 ? 'One new order was' : `${n} new orders were`} placed since ${formatDateTime(since)} (Vietnam time):`,
        orders.map(orderLine).join('\n'),
      ],
      action: { label: 'Open the approval queue', url: `${appUrl()}/admin/purchases?status=PENDING` },
      footer: 'You get this digest at most once an hour. Change "Order alerts" in your settings.',
    }),
  };
}
