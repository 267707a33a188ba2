import { cn } from '@/lib/cn';

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

const PURCHASE: Record<string, { label: string; tone: BadgeTone }> = {
  PENDING: { label: 'Pending', tone: 'warn' },
  ACTIVE: { label: 'Paid', tone: 'good' },
  REJECT: { label: 'Rejected', tone: 'bad' },
};

export function PurchaseStatusBadge({ status }: { status: string }) {
  const s = PURCHASE[status] ?? { label: status, tone: 'neutral' as const };
  return <StatusBadge tone={s.tone}>{s.label}</StatusBadge>;
}

/** Active, disabled (since when) or deleted. */
export function AccountBadge({ user }: { user: { disabledAt: Date | null; deletedAt: Date | null } }) {
  if (user.deletedAt) return <StatusBadge tone="neutral">Deleted</StatusBadge>;
  if (user.disabledAt) return <StatusBadge tone="bad">Disabled</StatusBadge>;
  return <StatusBadge tone="good">Active</StatusBadge>;
}
