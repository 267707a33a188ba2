import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { cn } from '@/lib/cn';

/** The admin header's count of purchases waiting for approval, linking to that queue. */
export async function PendingPurchasesBadge({ count }: { count: number }) {
  const t = await getTranslations('admin');
  return (
    <Link
      href="/admin/purchases?status=PENDING"
      className={cn(
        'inline-flex items-center gap-2 rounded-full px-3 py-1 text-sm font-medium',
        count > 0 ? 'bg-amber-100 text-amber-900 hover:bg-amber-200' : 'bg-surface text-muted hover:text-ink',
      )}
    >
      <span aria-hidden="true" className="tabular-nums">
        {count}
      </span>
      <span className="sr-only">{t('badge.label', { count })}</span>
      <span aria-hidden="true">{t('badge.waiting')}</span>
    </Link>
  );
}
