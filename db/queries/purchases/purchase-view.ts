import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { invoices, purchases, workflows } from '@/db/schema';
import { paymentDeadline, type PurchaseStatus } from '@/lib/payments/purchase-state';
import { paymentTtlHours } from './shared';

/** A purchase as its buyer sees it (checkout page, purchases list). */
export type PurchaseView = {
  id: string;
  status: PurchaseStatus;
  amount: string;
  transferReference: string;
  createdAt: Date;
  /** Until when a PENDING purchase can be paid. */
  payBy: Date;
  reviewedAt: Date | null;
  rejectReason: string | null;
  invoiceId: string | null;
  workflow: { id: string; slug: string; title: string; titleVi: string | null };
};

/** Purchases joined to their workflow and invoice; the caller adds the WHERE (always the buyer's id). */
export function selectPurchaseViews() {
  return db
    .select({
      id: purchases.id,
      status: purchases.status,
      amount: purchases.amount,
      transferReference: purchases.transferReference,
      createdAt: purchases.createdAt,
      reviewedAt: purchases.reviewedAt,
      rejectReason: purchases.rejectReason,
      invoiceId: invoices.id,
      workflow: { id: workflows.id, slug: workflows.slug, title: workflows.title, titleVi: workflows.titleVi },
    })
    .from(purchases)
    .innerJoin(workflows, eq(workflows.id, purchases.workflowId))
    .leftJoin(invoices, eq(invoices.purchaseId, purchases.id))
    .$dynamic();
}

export function withPayBy<T extends { createdAt: Date }>(row: T): T & { payBy: Date } {
  return { ...row, payBy: paymentDeadline(row.createdAt, paymentTtlHours()) };
}
