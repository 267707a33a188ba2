import { Link } from '@/i18n/navigation';
import type { PurchaseListItem } from '@/db/queries/purchases';
import { formatDateTime } from '@/lib/format-date-time';
import { formatMoney } from '@/lib/money';
import { describeRejectReason } from '@/lib/payments/purchase-state';
import { PurchaseStatusPill } from './purchase-status-pill';

const action = 'font-medium text-brand-600 hover:underline';

/** Every purchase with what can be done next: pay, read why it was rejected, or open what was bought. */
export function PurchaseList({
  purchases,
  currency,
  ttlHours,
}: {
  purchases: PurchaseListItem[];
  currency: string;
  ttlHours: number;
}) {
  return (
    <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
      {purchases.map((p) => (
        <li key={p.id} aria-label={p.workflow.title} className="flex flex-wrap items-start justify-between gap-3 p-4">
          <div className="min-w-0 space-y-1">
            <p className="font-medium">
              <Link href={`/workflows/${p.workflow.slug}`} className="hover:text-brand-600">
                {p.workflow.title}
              </Link>
            </p>
            <p className="text-sm text-muted">
              {formatDateTime(p.createdAt)} · {formatMoney(p.amount, currency)} ·{' '}
              <span className="font-mono">{p.transferReference}</span>
            </p>
            {p.status === 'REJECT' ? (
              <p className="text-sm text-danger">Reason: {describeRejectReason(p.rejectReason, ttlHours)}</p>
            ) : null}
            {p.status === 'PENDING' ? (
              <p className="text-sm text-muted">Pay before {formatDateTime(p.payBy)}.</p>
            ) : null}
          </div>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <PurchaseStatusPill status={p.status} rejectReason={p.rejectReason} />
            {p.status === 'PENDING' ? (
              <Link href={`/checkout/${p.id}`} className={action}>
                Continue payment
              </Link>
            ) : null}
            {p.status === 'ACTIVE' ? (
              <>
                <Link href={`/account/library/${p.workflow.slug}`} className={action}>
                  Open in library
                </Link>
                {p.invoiceId ? (
                  <Link href={`/account/invoices/${p.invoiceId}`} className={action}>
                    Invoice
                  </Link>
                ) : null}
              </>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
