/**
 * THE SEAM for legal e-invoices (hóa đơn điện tử). The shop's own invoice (invoice-pdf.ts and the web
 * page) is a sales receipt, and says so. Under Vietnamese law (Decree 123/2020/ND-CP and its amendments)
 * an e-invoice is issued through a licensed provider (VNPT, Viettel, MISA meInvoice, BKAV, …) and carries
 * the tax authority's code: that integration is out of scope here, and nothing pretends to do it.
 *
 * To add one: implement EInvoiceProvider with the provider's client, return it from
 * `configuredEInvoiceProvider()` when its configuration (lib/env.ts) is set, and the approval path
 * (db/queries/purchases/approve-purchase.ts) hands it each invoice once the approval has been written.
 * A provider call can fail or time out: make `issue` idempotent on the invoice number, and move the call
 * to the outbox (like the order mail) before relying on it.
 */
import type { PartyDetails } from '@/db/schema';

export type IssuedInvoice = {
  invoiceId: string;
  invoiceNumber: string;
  issuedAt: Date;
  amount: string;
  currency: string;
  buyer: PartyDetails;
  seller: PartyDetails;
  description: string;
};

export interface EInvoiceProvider {
  /** The provider's name, for the audit log. */
  readonly name: string;
  /** Issues the legal e-invoice for an approved purchase; answers the provider's lookup code. */
  issue(invoice: IssuedInvoice): Promise<{ lookupCode: string }>;
}

/** The configured provider, or null. None is built in, so this is null until one is added. */
export function configuredEInvoiceProvider(): EInvoiceProvider | null {
  return null;
}
