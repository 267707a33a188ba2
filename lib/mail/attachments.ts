import QRCode from 'qrcode';
import type { MailLocale } from './email-text';

/**
 * What a queued message attaches, stored by reference in email_outbox.attachments (a few dozen bytes a
 * message) and rendered when the message is delivered: the invoice PDF from its invoice row, the payment
 * QR as a PNG from its VietQR payload. The queue never holds binary data, and a retried delivery renders
 * the same bytes again (an issued invoice does not change).
 */
export type MailAttachmentRef =
  | { kind: 'invoice-pdf'; invoiceId: string; filename: string; locale?: MailLocale }
  | { kind: 'qr-png'; payload: string; cid: string; filename: string };

/** An attachment as nodemailer takes it; `cid` makes it inline (the HTML shows it as `cid:<cid>`). */
export type RenderedAttachment = { filename: string; contentType: string; content: Buffer; cid?: string };

/** The payment QR as a PNG: the same payload the checkout page draws, large enough to scan from a screen. */
export async function qrPng(payload: string): Promise<Buffer> {
  return QRCode.toBuffer(payload, { type: 'png', errorCorrectionLevel: 'M', margin: 4, width: 264 });
}

/** Renders one reference; the invoice PDF is built by the caller (it needs the invoice row). */
export async function renderAttachment(
  ref: MailAttachmentRef,
  invoicePdf: (invoiceId: string, locale: MailLocale) => Promise<Uint8Array | null>,
): Promise<RenderedAttachment | null> {
  if (ref.kind === 'qr-png') {
    return { filename: ref.filename, contentType: 'image/png', content: await qrPng(ref.payload), cid: ref.cid };
  }
  const pdf = await invoicePdf(ref.invoiceId, ref.locale ?? 'en');
  return pdf ? { filename: ref.filename, contentType: 'application/pdf', content: Buffer.from(pdf) } : null;
}
