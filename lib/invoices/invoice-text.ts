/**
 * The invoice's words in the buyer's language, from messages/<locale>/invoice.json through next-intl's
 * createTranslator: it needs no request, so the PDF route and the mail worker use it alike.
 */
import { createTranslator } from 'use-intl/core';
import type { PartyDetails } from '@/db/schema';
import en from '@/messages/en/invoice.json';
import vi from '@/messages/vi/invoice.json';

/** The languages an invoice is issued in; English unless the buyer reads Vietnamese. */
export const INVOICE_LOCALES = ['en', 'vi'] as const;
export type InvoiceLocale = (typeof INVOICE_LOCALES)[number];

const MESSAGES = { en, vi } satisfies Record<InvoiceLocale, typeof en>;

export function invoiceTranslator(locale: InvoiceLocale) {
  return createTranslator({ locale, messages: { invoice: MESSAGES[locale] }, namespace: 'invoice' });
}

/** The lines of a party block, in order (shared with the web invoice). */
export function partyLines(p: PartyDetails, taxCode: (taxId: string) => string): string[] {
  return [
    p.name,
    p.legalName !== p.name && p.legalName,
    p.company,
    p.address,
    p.taxId && taxCode(p.taxId),
    p.email,
    p.bankName && `${p.bankName} ${p.accountNumber ?? ''}`.trim(),
    p.accountName,
  ].filter((line): line is string => typeof line === 'string' && line.length > 0);
}
