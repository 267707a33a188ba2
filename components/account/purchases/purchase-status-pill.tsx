import { getTranslations } from 'next-intl/server';
import { cn } from '@/lib/cn';
import { statusLabel, type PurchaseStatus } from '@/lib/payments/purchase-state';

const tone: Record<PurchaseStatus, string> = {
  PENDING: 'bg-amber-50 text-warning ring-amber-200',
  ACTIVE: 'bg-green-50 text-success ring-green-200',
  REJECT: 'bg-red-50 text-danger ring-red-200',
};

/** The message key of each label statusLabel gives (a cancelled purchase is a REJECT with its own label). */
const LABEL_KEY = {
  Paid: 'purchases.status.paid',
  Pending: 'purchases.status.pending',
  Cancelled: 'purchases.status.cancelled',
  Rejected: 'purchases.status.rejected',
} as const;

export async function PurchaseStatusPill({
  status,
  rejectReason,
}: {
  status: PurchaseStatus;
  rejectReason: string | null;
}) {
  const t = await getTranslations('account');
  return (
    <span className={cn('inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1', tone[status])}>
      {t(LABEL_KEY[statusLabel(status, rejectReason)])}
    </span>
  );
}
