/**
 * The invoice as a PDF (pdf-lib, no browser involved). The standard PDF fonts only know WinAnsi, so text
 * they cannot draw ("Nguyễn") is folded to ASCII ("Nguyen") character by character; the HTML invoice
 * keeps the original spelling.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import { exactDecimal } from '../money';
import { toAsciiText } from '../payments/ascii';
import { appUrl } from '../site';
import { formatDate } from '../format-date-time';

type Party = {
  name: string;
  legalName?: string;
  address?: string;
  taxId?: string;
  email?: string;
  bankName?: string;
  accountNumber?: string;
  accountName?: string;
  [key: string]: unknown;
};

export type InvoicePdfInput = {
  invoiceNumber: string;
  issuedAt: Date;
  amount: string;
  currency: string;
  buyer: Party;
  seller: Party;
  purchase: { transferReference: string };
  workflow: { title: string };
};

/** Money for the PDF: "349,000 VND" (the ₫ sign is not in the standard fonts). */
export function pdfAmount(amount: string, currency: string): string {
  const digits = currency === 'VND' ? 0 : 2;
  const n = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${n.format(exactDecimal(amount))} ${currency}`;
}

function drawable(font: PDFFont): (text: string) => string {
  const supported = new Set(font.getCharacterSet());
  return (text) =>
    Array.from(text)
      .map((ch) => (supported.has(ch.codePointAt(0)!) ? ch : toAsciiText(ch) || '?'))
      .join('');
}

export async function buildInvoicePdf(invoice: InvoicePdfInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(invoice.invoiceNumber);
  doc.setSubject(`Invoice ${invoice.invoiceNumber}`);
  doc.setAuthor(toAsciiText(invoice.seller.name));
  doc.setCreationDate(invoice.issuedAt);
  const page = doc.addPage([595.28, 841.89]);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const safe = drawable(regular);
  const ink = rgb(0.06, 0.09, 0.16);
  const muted = rgb(0.33, 0.38, 0.48);
  const left = 56;
  const right = 539;
  let y = 780;

  const text = (value: string, x: number, size = 10, font = regular, color = ink) =>
    page.drawText(safe(value), { x, y, size, font, color });
  const textRight = (value: string, size = 10, font = regular) =>
    page.drawText(safe(value), { x: right - font.widthOfTextAtSize(safe(value), size), y, size, font, color: ink });

  text(invoice.seller.name, left, 18, bold);
  textRight('INVOICE', 18, bold);
  y -= 22;
  textRight(invoice.invoiceNumber, 11);
  y -= 16;
  textRight(`Issued ${formatDate(invoice.issuedAt)}`, 10);
  y -= 40;

  /** `value` in lines no wider than `width` at `size` (a word longer than a line gets a line of its own). */
  const wrap = (value: string, width: number, size: number): string[] => {
    const lines: string[] = [];
    for (const word of safe(value).split(/\s+/).filter(Boolean)) {
      const last = lines.at(-1);
      if (last !== undefined && regular.widthOfTextAtSize(`${last} ${word}`, size) <= width) {
        lines[lines.length - 1] = `${last} ${word}`;
      } else lines.push(word);
    }
    return lines;
  };

  const party = (title: string, p: Party, x: number, top: number) => {
    let line = top;
    page.drawText(title.toUpperCase(), { x, y: line, size: 9, font: bold, color: muted });
    for (const value of [
      p.name,
      p.legalName !== p.name && p.legalName,
      p.address,
      p.taxId && `Tax code (MST): ${p.taxId}`,
      p.email,
      p.bankName && `${p.bankName} ${p.accountNumber ?? ''}`.trim(),
      p.accountName,
    ]) {
      if (!value) continue;
      for (const part of wrap(String(value), Math.min(240, right - x), 10)) {
        line -= 15;
        page.drawText(part, { x, y: line, size: 10, font: regular, color: ink });
      }
    }
    return line;
  };
  const bottom = Math.min(party('From', invoice.seller, left, y), party('Bill to', invoice.buyer, 320, y));
  y = bottom - 40;

  page.drawLine({ start: { x: left, y: y + 14 }, end: { x: right, y: y + 14 }, thickness: 0.8, color: muted });
  text('Description', left, 9, bold, muted);
  textRight('Amount', 9, bold);
  y -= 20;
  text(`Workflow template: ${invoice.workflow.title}`.slice(0, 90), left, 10);
  textRight(pdfAmount(invoice.amount, invoice.currency));
  y -= 15;
  text(`Bank transfer, reference ${invoice.purchase.transferReference}`, left, 9, regular, muted);
  y -= 20;
  page.drawLine({ start: { x: left, y: y + 10 }, end: { x: right, y: y + 10 }, thickness: 0.8, color: muted });
  y -= 8;
  text('Total paid', 360, 11, bold);
  textRight(pdfAmount(invoice.amount, invoice.currency), 11, bold);
  y -= 60;
  text('Thank you for your purchase. This invoice was issued electronically.', left, 9, regular, muted);
  y -= 14;
  text(`Sold under our Terms of Service: ${appUrl()}/terms`, left, 9, regular, muted);
  return doc.save();
}
