import type { ReactNode } from 'react';
import { formatPrice } from '@/lib/site';

/**
 * The price and the call to action. `actions` is where the buy button (Buy now / Continue payment /
 * Open in library) and the favorite button mount; an expired workflow says it is no longer for sale.
 */
export function PurchasePanel({ price, expired, actions }: { price: string; expired: boolean; actions?: ReactNode }) {
  return (
    <section aria-label="Purchase" className="rounded-2xl border border-line bg-surface p-5">
      <p className="text-3xl font-semibold" data-testid="workflow-price">
        {formatPrice(price)}
      </p>
      {expired ? (
        <p role="status" className="mt-2 font-medium text-warning">
          No longer available
        </p>
      ) : (
        <p className="mt-1 text-sm text-muted">One payment by bank transfer (VietQR). Yours to keep and re-download.</p>
      )}
      {actions ? <div className="mt-4 flex flex-wrap gap-2">{actions}</div> : null}
    </section>
  );
}
