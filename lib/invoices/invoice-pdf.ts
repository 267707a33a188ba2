/**
 * The invoice as a PDF (pdf-lib, no browser involved), in the buyer's language (invoice-text.ts), set in
 * Be Vietnam Pro (invoice-fonts.ts) so names, titles and amounts print exactly as the web invoice shows
 * them: "Nguyễn Văn An", "149.000 ₫". Each weight is embedded as a subset of the glyphs it draws.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import type { PartyDetails } from '@/db/schema';
import { formatDateTime } from '../format-date-time';
import { formatMoney } from '../money';
import { appUrl } from '../site';
import { invoiceFonts } from './invoice-fonts';
import { invoiceTranslator, partyLines, type InvoiceLocale } from './invoice-text';

export type InvoicePdfInput = {
  invoiceNumber: string;
  issuedAt: Date;
  amount: string;
  currency: string;
  buyer: PartyDetails;
  seller: PartyDetails;
  purchase: { transferReference: string };
  workflow: { title: string };
};

// Ligatures off: every character stays its own glyph, so a reader's copy and search get the text back.
const FONT_OPTIONS = { subset: true, features: { liga: false } };

export async function buildInvoicePdf(invoice: InvoicePdfInput, locale: InvoiceLocale = 'en'): Promise<Uint8Array> {
  const t = invoiceTranslator(locale);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(invoice.invoiceNumber);
  doc.setSubject(t('subject', { number: invoice.invoiceNumber }));
  doc.setAuthor(invoice.seller.name);
  doc.setLanguage(locale);
  doc.setCreationDate(invoice.issuedAt);
  const page = doc.addPage([595.28, 841.89]);
  const fonts = await invoiceFonts();
  const regular = await doc.embedFont(fonts.regular, FONT_OPTIONS);
  const bold = await doc.embedFont(fonts.bold, FONT_OPTIONS);
  const ink = rgb(0.06, 0.09, 0.16);
  const muted = rgb(0.33, 0.38, 0.48);
  const left = 56;
  const right = 539;
  const total = formatMoney(invoice.amount, invoice.currency, locale);
  let y = 780;

  const text = (value: string, x: number, size = 10, font = regular, color = ink) =>
    page.drawText(value, { x, y, size, font, color });
  const textRight = (value: string, size = 10, font = regular) =>
    page.drawText(value, { x: right - font.widthOfTextAtSize(value, size), y, size, font, color: ink });

  /** `value` in lines no wider than `width` at `size` (a word longer than a line gets a line of its own). */
  const wrap = (value: string, width: number, size: number): string[] => {
    const lines: string[] = [];
    for (const word of value.split(/\s+/).filter(Boolean)) {
      const last = lines.at(-1);
      if (last !== undefined && regular.widthOfTextAtSize(`${last} ${word}`, size) <= width) {
        lines[lines.length - 1] = `${last} ${word}`;
      } else lines.push(word);
    }
    return lines;
  };

  text(invoice.seller.name, left, 18, bold);
  textRight(t('heading'), 18, bold);
  y -= 22;
  textRight(invoice.invoiceNumber, 11);
  y -= 16;
  textRight(t('issued', { date: formatDateTime(invoice.issuedAt, locale) }), 10);
  y -= 40;

  const party = (title: string, p: PartyDetails, x: number, top: number) => {
    let line = top;
    page.drawText(title.toLocaleUpperCase(locale), { x, y: line, size: 9, font: bold, color: muted });
    for (const value of partyLines(p, (taxCode) => t('taxCode', { taxCode }))) {
      for (const part of wrap(value, Math.min(240, right - x), 10)) {
        line -= 15;
        page.drawText(part, { x, y: line, size: 10, font: regular, color: ink });
      }
    }
    return line;
  };
  const bottom = Math.min(party(t('from'), invoice.seller, left, y), party(t('billTo'), invoice.buyer, 320, y));
  y = bottom - 40;

  page.drawLine({ start: { x: left, y: y + 14 }, end: { x: right, y: y + 14 }, thickness: 0.8, color: muted });
  text(t('description'), left, 9, bold, muted);
  textRight(t('amount'), 9, bold);
  y -= 20;
  wrap(t('item', { title: invoice.workflow.title }), 340, 10).forEach((line, i) => {
    text(line, left, 10);
    if (i === 0) textRight(total);
    y -= 15;
  });
  text(t('payment', { reference: invoice.purchase.transferReference }), left, 9, regular, muted);
  y -= 20;
  page.drawLine({ start: { x: left, y: y + 10 }, end: { x: right, y: y + 10 }, thickness: 0.8, color: muted });
  y -= 8;
  text(t('total'), 330, 11, bold);
  textRight(total, 11, bold);
  y -= 60;
  for (const line of [
    t('receipt'),
    t('thanks'),
    t.markup('terms', { url: `${appUrl()}/terms`, link: (chunks) => chunks }),
  ]) {
    for (const part of wrap(line, right - left, 9)) {
      text(part, left, 9, regular, muted);
      y -= 13;
    }
  }
  return doc.save();
}
