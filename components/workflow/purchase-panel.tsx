import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import { formatPrice } from '@/lib/site';

/**
 * The price and the call to action. `actions` is where the buy button (Buy now / Continue payment /
 * Open in library) and the favorite button mount; an expired workflow says it is no longer for sale.
 */
export function PurchasePanel({ price, expired, actions }: { price: string; expired: boolean; actions?: ReactNode }) {
  const t = useTranslations('workflow');
  const locale = useLocale() as Locale;
  return (
    <section aria-label={t('purchase')} className="rounded-2xl border border-line bg-surface p-5">
      <p className="text-3xl font-semibold" data-testid="workflow-price">
        {formatPrice(price, locale)}
      </p>
      {expired ? (
        <p role="status" className="mt-2 font-medium text-warning">
          {t('noLongerAvailable')}
        </p>
      ) : (
        <p className="mt-1 text-sm text-muted">{t('paymentNote')}</p>
      )}
      {actions ? <div className="mt-4 flex flex-wrap gap-2">{actions}</div> : null}
    </section>
  );
}
