import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { PurchaseListItem } from '@/db/queries/purchases';
import { formatDateTime } from '@/lib/format-date-time';
import { formatMoney } from '@/lib/money';
import { CANCELLED_REASON, EXPIRED_REASON } from '@/lib/payments/purchase-state';
import { localTitle } from '@/lib/workflows/localized';
import { PurchaseStatusPill } from './purchase-status-pill';

const action = 'font-medium text-brand-600 hover:underline';

/** Every purchase with what can be done next: pay, read why it was rejected, or open what was bought. */
export async function PurchaseList({
  purchases,
  currency,
  ttlHours,
  locale,
}: {
  purchases: PurchaseListItem[];
  currency: string;
  ttlHours: number;
  locale: Locale;
}) {
  const t = await getTranslations('account');
  /** A reject reason as the buyer reads it: the system's own reasons in their language, an admin's as written. */
  const reason = (text: string | null) =>
    text === EXPIRED_REASON
      ? t('purchases.expired', { hours: ttlHours })
      : text === CANCELLED_REASON
        ? t('purchases.cancelledByYou')
        : text?.trim() || t('purchases.noReason');
  return (
    <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
      {purchases
        .map((p) => ({ ...p, title: localTitle(locale, p.workflow.title, p.workflow.titleVi) }))
        .map((p) => (
          <li key={p.id} aria-label={p.title} className="flex flex-wrap items-start justify-between gap-3 p-4">
            <div className="min-w-0 space-y-1">
              <p className="font-medium">
                <Link href={`/workflows/${p.workflow.slug}`} className="hover:text-brand-600">
                  {p.title}
                </Link>
              </p>
              <p className="text-sm text-muted">
                {formatDateTime(p.createdAt, locale)} · {formatMoney(p.amount, currency, locale)} ·{' '}
                <span className="font-mono">{p.transferReference}</span>
              </p>
              {p.status === 'REJECT' ? (
                <p className="text-sm text-danger">{t('purchases.reason', { reason: reason(p.rejectReason) })}</p>
              ) : null}
              {p.status === 'PENDING' ? (
                <p className="text-sm text-muted">
                  {t('purchases.payBefore', { date: formatDateTime(p.payBy, locale) })}
                </p>
              ) : null}
            </div>
            <div className="flex flex-wrap items-center gap-3 text-sm">
              <PurchaseStatusPill status={p.status} rejectReason={p.rejectReason} />
              {p.status === 'PENDING' ? (
                <Link href={`/checkout/${p.id}`} className={action}>
                  {t('purchases.continue')}
                </Link>
              ) : null}
              {p.status === 'ACTIVE' ? (
                <>
                  <Link href={`/account/library/${p.workflow.slug}`} className={action}>
                    {t('purchases.openInLibrary')}
                  </Link>
                  {p.invoiceId ? (
                    <Link href={`/account/invoices/${p.invoiceId}`} className={action}>
                      {t('purchases.invoice')}
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
