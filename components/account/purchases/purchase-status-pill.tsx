import { cn } from '@/lib/cn';
import { statusLabel, type PurchaseStatus } from '@/lib/payments/purchase-state';

const tone: Record<PurchaseStatus, string> = {
  PENDING: 'bg-amber-50 text-warning ring-amber-200',
  ACTIVE: 'bg-green-50 text-success ring-green-200',
  REJECT: 'bg-red-50 text-danger ring-red-200',
};

export function PurchaseStatusPill({ status, rejectReason }: { status: PurchaseStatus; rejectReason: string | null }) {
  return (
    <span className={cn('inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1', tone[status])}>
      {statusLabel(status, rejectReason)}
    </span>
  );
}
