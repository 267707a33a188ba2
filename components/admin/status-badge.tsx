import { useTranslations } from 'next-intl';
import { cn } from '@/lib/cn';
import { statusLabel, type PurchaseStatus } from '@/lib/payments/purchase-state';

const TONES = {
  neutral: 'bg-canvas text-muted border-line',
  good: 'bg-green-50 text-success border-green-200',
  warn: 'bg-amber-50 text-warning border-amber-200',
  bad: 'bg-red-50 text-danger border-red-200',
} as const;

export type BadgeTone = keyof typeof TONES;

export function StatusBadge({ tone, children }: { tone: BadgeTone; children: string }) {
  return (
    <span className={cn('inline-block rounded-full border px-2 py-0.5 text-xs font-medium', TONES[tone])}>
      {children}
    </span>
  );
}

const PURCHASE_LABEL = {
  Pending: 'status.pending',
  Paid: 'status.paid',
  Rejected: 'status.rejected',
  Cancelled: 'status.cancelled',
} as const;

const PURCHASE_TONE: Record<PurchaseStatus, BadgeTone> = { PENDING: 'warn', ACTIVE: 'good', REJECT: 'bad' };

/** Pending / Paid / Rejected / Cancelled (the buyer cancelled: lib/payments/purchase-state.ts statusLabel). */
export function PurchaseStatusBadge({ status, rejectReason }: { status: PurchaseStatus; rejectReason: string | null }) {
  const t = useTranslations('admin');
  const label = statusLabel(status, rejectReason);
  return (
    <StatusBadge tone={label === 'Cancelled' ? 'neutral' : PURCHASE_TONE[status]}>
      {t(PURCHASE_LABEL[label])}
    </StatusBadge>
  );
}

/** Active, disabled (since when) or deleted. */
export function AccountBadge({ user }: { user: { disabledAt: Date | null; deletedAt: Date | null } }) {
  const t = useTranslations('admin');
  if (user.deletedAt) return <StatusBadge tone="neutral">{t('account.deleted')}</StatusBadge>;
  if (user.disabledAt) return <StatusBadge tone="bad">{t('account.disabled')}</StatusBadge>;
  return <StatusBadge tone="good">{t('account.active')}</StatusBadge>;
}
