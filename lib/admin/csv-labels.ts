import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { INVOICE_CSV_HEADER, PURCHASE_CSV_HEADER } from '@/db/queries/admin/exports';
import type { Locale } from '@/i18n/routing';
import { CANCELLED_REASON, EXPIRED_REASON } from '@/lib/payments/purchase-state';

/**
 * The CSV exports in the admin's language: the header row and the words of a purchase's status and of
 * the reasons the system writes itself. The other cells stay as the data is (ISO 8601 times with the
 * shop's offset, amounts as plain numbers, references and ids), so a spreadsheet can sort and sum them.
 */
const PURCHASE_LABELS = {
  purchase_id: 'csv.purchaseId',
  created_at: 'csv.createdAt',
  status: 'csv.status',
  buyer_name: 'csv.buyerName',
  buyer_email: 'csv.buyerEmail',
  workflow: 'csv.workflow',
  amount: 'csv.amount',
  transfer_reference: 'csv.transferReference',
  reviewed_at: 'csv.reviewedAt',
  reviewed_by: 'csv.reviewedBy',
  reject_reason: 'csv.rejectReason',
  invoice_number: 'csv.invoiceNumber',
} as const satisfies Record<(typeof PURCHASE_CSV_HEADER)[number], string>;

const INVOICE_LABELS = {
  invoice_number: 'csv.invoiceNumber',
  issued_at: 'csv.issuedAt',
  amount: 'csv.amount',
  currency: 'csv.currency',
  buyer_name: 'csv.buyerName',
  buyer_email: 'csv.buyerEmail',
  workflow: 'csv.workflow',
  transfer_reference: 'csv.transferReference',
  purchase_id: 'csv.purchaseId',
} as const satisfies Record<(typeof INVOICE_CSV_HEADER)[number], string>;

const STATUS = { PENDING: 'status.pending', ACTIVE: 'status.paid', REJECT: 'status.rejected' } as const;
const SYSTEM_REASONS = { [EXPIRED_REASON]: 'csv.reasonExpired', [CANCELLED_REASON]: 'csv.reasonCancelled' } as const;

async function translator(locale: Locale) {
  return getTranslations({ locale, namespace: 'admin' });
}

export async function purchaseCsvHeader(locale: Locale, keys: typeof PURCHASE_CSV_HEADER): Promise<string[]> {
  const t = await translator(locale);
  return keys.map((key) => t(PURCHASE_LABELS[key]));
}

export async function invoiceCsvHeader(locale: Locale, keys: typeof INVOICE_CSV_HEADER): Promise<string[]> {
  const t = await translator(locale);
  return keys.map((key) => t(INVOICE_LABELS[key]));
}

/** The purchase rows with their status (and a reason the system wrote) in the admin's language. */
export async function* localizedPurchaseRows(
  locale: Locale,
  keys: typeof PURCHASE_CSV_HEADER,
  batches: AsyncIterable<unknown[][]>,
): AsyncGenerator<unknown[][]> {
  const t = await translator(locale);
  const status = keys.indexOf('status');
  const reason = keys.indexOf('reject_reason');
  for await (const batch of batches) {
    yield batch.map((row) => {
      const out = [...row];
      const code = out[status] as keyof typeof STATUS;
      const why = out[reason];
      if (code === 'REJECT' && why === CANCELLED_REASON) out[status] = t('status.cancelled');
      else if (code in STATUS) out[status] = t(STATUS[code]);
      if (why === EXPIRED_REASON || why === CANCELLED_REASON) out[reason] = t(SYSTEM_REASONS[why]);
      return out;
    });
  }
}
