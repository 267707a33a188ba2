import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db, type Executor } from '@/db';
import { invoices, users, workflows } from '@/db/schema';
import { env } from '@/lib/env';
import { noticeText } from '@/lib/mail/email-text';
import { localTitle } from '@/lib/workflows/localized';
import { AppError, em } from '@/lib/errors';
import { configuredEInvoiceProvider, type IssuedInvoice } from '@/lib/invoices/e-invoice-provider';
import { formatInvoiceNumber, invoiceYear } from '@/lib/payments/invoice-number';
import { expireStalePurchases } from './expire-purchases';
import { takeInvoiceNumbers } from './invoice-counter';
import { queueOrderPaid } from './order-mail';
import { auditSettlement, settlePendingPurchase } from './settle-purchase';
import type { AuditActor } from '../admin/audit';
import { assertActiveAdmin } from '../admin/guard';
import { isUuid, notify, paymentTtlHours } from './shared';

export type ApprovedPurchase = {
  purchaseId: string;
  /** The workflow sold (its sales count went up by one). */
  workflowId: string;
  status: 'ACTIVE';
  invoiceId: string;
  invoiceNumber: string;
};

/**
 * PENDING → ACTIVE, in one transaction: the conditional update, the invoice (the next number of
 * the year's series, taken in this transaction: invoice-counter.ts), buyer and seller frozen), the workflow's sales count, a SUCCESS notification
 * and one audit entry (before, after, invoice number). `adminId` null is a matched bank transfer (`actorKind: 'bank'`). A purchase whose
 * payment window closed is expired instead, and any other transition is a conflict. With `opts.tx`
 * (a bank transfer being recorded) it runs as a savepoint of that transaction: a refusal leaves it usable.
 */
export async function approvePurchase(
  adminId: string | null,
  purchaseId: string,
  opts: { actorKind?: 'admin' | 'bank'; tx?: Executor } = {},
): Promise<ApprovedPurchase> {
  const actorKind = opts.actorKind ?? 'admin';
  if (actorKind === 'admin' && !adminId) throw new Error('approvePurchase: an admin approval needs the admin id');
  if (!isUuid(purchaseId)) throw new AppError('not_found', em('purchaseMissing'));
  const now = new Date();
  const executor = opts.tx ?? db;
  await expireStalePurchases({ purchaseId }, now, executor);

  let issued: IssuedInvoice | undefined;
  const approved = await executor.transaction(async (tx) => {
    if (adminId) await assertActiveAdmin(tx, adminId);
    const actor: AuditActor = { id: adminId, kind: actorKind };
    const change = await settlePendingPurchase(tx, {
      purchaseId,
      verb: 'approve',
      withinTtlHours: paymentTtlHours(),
      set: { status: 'ACTIVE', reviewedBy: adminId, rejectReason: null },
      now,
    });
    const { after } = change;

    const [buyer] = await tx
      .select({
        name: users.name,
        email: users.email,
        company: users.billingCompany,
        address: users.billingAddress,
        taxId: users.billingTaxCode,
      })
      .from(users)
      .where(eq(users.id, after.userId));
    const [workflow] = await tx
      .update(workflows)
      .set({ salesCount: sql`${workflows.salesCount} + 1` })
      .where(eq(workflows.id, after.workflowId))
      .returning({ title: workflows.title, titleVi: workflows.titleVi, slug: workflows.slug });
    if (!buyer || !workflow) throw new Error(`Purchase ${purchaseId} lost its buyer or workflow`);

    const year = invoiceYear(now);
    const invoiceNumber = formatInvoiceNumber(year, await takeInvoiceNumbers(tx, year));
    const config = env();
    const [invoice] = await tx
      .insert(invoices)
      .values({
        purchaseId,
        invoiceNumber,
        amount: after.amount,
        currency: config.SHOP_CURRENCY,
        // The buyer as they are now, frozen: later changes in settings reach only later invoices.
        buyerDetails: {
          name: buyer.name,
          email: buyer.email,
          ...(buyer.company && { company: buyer.company }),
          ...(buyer.address && { address: buyer.address }),
          ...(buyer.taxId && { taxId: buyer.taxId }),
        },
        sellerDetails: {
          name: config.SHOP_NAME,
          legalName: config.SHOP_LEGAL_NAME,
          address: config.SHOP_ADDRESS,
          taxId: config.SHOP_TAX_CODE,
          email: config.SHOP_SUPPORT_EMAIL,
          bankName: config.PAYMENT_BANK_NAME,
          accountNumber: config.PAYMENT_ACCOUNT_NUMBER,
          accountName: config.PAYMENT_ACCOUNT_NAME,
        },
        issuedAt: now,
      })
      .returning({ id: invoices.id, buyerDetails: invoices.buyerDetails, sellerDetails: invoices.sellerDetails });
    issued = {
      invoiceId: invoice!.id,
      invoiceNumber,
      issuedAt: now,
      amount: after.amount,
      currency: config.SHOP_CURRENCY,
      buyer: invoice!.buyerDetails,
      seller: invoice!.sellerDetails,
      description: workflow.title,
    };

    await notify(tx, [
      {
        userId: after.userId,
        type: 'SUCCESS',
        text: (locale) =>
          noticeText(locale, 'paymentConfirmed', {
            title: localTitle(locale, workflow.title, workflow.titleVi),
            number: invoiceNumber,
          }),
        link: `/account/library/${workflow.slug}`,
      },
    ]);
    await queueOrderPaid(tx, purchaseId, { id: invoice!.id, invoiceNumber, issuedAt: now });
    await auditSettlement(tx, 'approve', actor, change, { invoiceId: invoice!.id, invoiceNumber });
    return {
      purchaseId,
      workflowId: after.workflowId,
      status: 'ACTIVE',
      invoiceId: invoice!.id,
      invoiceNumber,
    } as const;
  });
  // The e-invoice seam (lib/invoices/e-invoice-provider.ts): only when a licensed provider is configured.
  const provider = configuredEInvoiceProvider();
  if (provider && issued) await provider.issue(issued);
  return approved;
}
