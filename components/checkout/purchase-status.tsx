'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { clsx } from 'clsx';
import {
  CANCELLED_REASON,
  EXPIRED_REASON,
  statusLabel,
  type PurchaseStatus,
  type StatusLabel,
} from '@/lib/payments/purchase-state';

type Props = {
  purchaseId: string;
  status: PurchaseStatus;
  rejectReason: string | null;
  ttlHours: number;
  /** How often to ask while the purchase is pending. */
  intervalMs?: number;
};

const tone: Record<PurchaseStatus, string> = {
  PENDING: 'border-amber-300 bg-amber-50 text-warning',
  ACTIVE: 'border-green-300 bg-green-50 text-success',
  REJECT: 'border-red-300 bg-red-50 text-danger',
};

const LABEL_KEY: Record<StatusLabel, 'statusPending' | 'statusPaid' | 'statusRejected' | 'statusCancelled'> = {
  Pending: 'statusPending',
  Paid: 'statusPaid',
  Rejected: 'statusRejected',
  Cancelled: 'statusCancelled',
};

/**
 * The purchase's status (`role="status"`: Pending / Paid / Rejected / Cancelled and the reason). While it is pending
 * it asks /api/purchases/<id>/status every few seconds; when the answer changes it shows it at once and
 * refreshes the page's server components (QR gone, library and invoice links in), without a reload.
 */
export function PurchaseStatusBadge({
  purchaseId,
  status: initial,
  rejectReason: initialReason,
  ttlHours,
  intervalMs = 3000,
}: Props) {
  const router = useRouter();
  const t = useTranslations('checkout');
  // The page renders this with key={status}: a new server status starts a fresh component.
  const [state, setState] = useState({ status: initial, rejectReason: initialReason });

  useEffect(() => {
    if (state.status !== 'PENDING') return;
    let stopped = false;
    const poll = async () => {
      try {
        const res = await fetch(`/api/purchases/${purchaseId}/status`, { cache: 'no-store' });
        if (!res.ok || stopped) return;
        const next = (await res.json()) as { status: PurchaseStatus; rejectReason: string | null };
        if (next.status !== 'PENDING' && !stopped) {
          setState(next);
          router.refresh();
        }
      } catch {
        // Offline for a moment: the next tick tries again.
      }
    };
    const timer = setInterval(() => void poll(), intervalMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [purchaseId, state.status, intervalMs, router]);

  return (
    <div role="status" className={clsx('rounded-lg border px-4 py-3', tone[state.status])}>
      <p className="text-lg font-semibold">{t(LABEL_KEY[statusLabel(state.status, state.rejectReason)])}</p>
      {state.status === 'REJECT' ? (
        <p className="text-sm">
          {t('reason', {
            reason:
              state.rejectReason === EXPIRED_REASON
                ? t('reasonExpired', { hours: ttlHours })
                : state.rejectReason === CANCELLED_REASON
                  ? t('reasonCancelled')
                  : state.rejectReason?.trim() || t('reasonNone'),
          })}
        </p>
      ) : state.status === 'PENDING' ? (
        <p className="text-sm">{t('waiting')}</p>
      ) : (
        <p className="text-sm">{t('confirmed')}</p>
      )}
    </div>
  );
}
