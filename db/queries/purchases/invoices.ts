import 'server-only';
import { and, eq, exists, or } from 'drizzle-orm';
import { db } from '@/db';
import { invoices, purchases, users, workflows, type PartyDetails } from '@/db/schema';
import { activeAdmin } from '@/db/active-accounts';
import { isUuid } from './shared';

export type InvoiceView = {
  id: string;
  invoiceNumber: string;
  amount: string;
  currency: string;
  issuedAt: Date;
  buyer: PartyDetails;
  seller: PartyDetails;
  purchase: { id: string; transferReference: string; createdAt: Date };
  workflow: { title: string; slug: string };
  /** The language the buyer reads (users.locale): their PDF and receipt are in it. */
  buyerLocale: string;
};

/**
 * One invoice, for its buyer or an active admin; null for anyone else (404). The viewer's role is read
 * from the database in the same query, not taken from the caller.
 */
export async function getInvoice(viewerId: string, invoiceId: string): Promise<InvoiceView | null> {
  if (!isUuid(invoiceId)) return null;
  const viewerIsAdmin = exists(
    db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, viewerId), activeAdmin())),
  );
  const [row] = await selectInvoiceViews()
    .where(and(eq(invoices.id, invoiceId), or(eq(purchases.userId, viewerId), viewerIsAdmin)))
    .limit(1);
  return row ?? null;
}

/** One invoice for the mail worker attaching it to the receipt (server-side only: no viewer to check). */
export async function invoiceForMail(invoiceId: string): Promise<InvoiceView | null> {
  if (!isUuid(invoiceId)) return null;
  const [row] = await selectInvoiceViews().where(eq(invoices.id, invoiceId)).limit(1);
  return row ?? null;
}

function selectInvoiceViews() {
  return db
    .select({
      id: invoices.id,
      invoiceNumber: invoices.invoiceNumber,
      amount: invoices.amount,
      currency: invoices.currency,
      issuedAt: invoices.issuedAt,
      buyer: invoices.buyerDetails,
      seller: invoices.sellerDetails,
      purchase: { id: purchases.id, transferReference: purchases.transferReference, createdAt: purchases.createdAt },
      workflow: { title: workflows.title, slug: workflows.slug },
      buyerLocale: users.locale,
    })
    .from(invoices)
    .innerJoin(purchases, eq(purchases.id, invoices.purchaseId))
    .innerJoin(users, eq(users.id, purchases.userId))
    .innerJoin(workflows, eq(workflows.id, purchases.workflowId))
    .$dynamic();
}
