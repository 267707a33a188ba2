import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { formatDateTime } from '@/lib/format-date-time';

/** Plain steps for paying by bank transfer. */
export async function PaymentInstructions({
  payBy,
  transferReference,
  locale,
}: {
  payBy: Date;
  transferReference: string;
  locale: Locale;
}) {
  const t = await getTranslations('checkout');
  return (
    <section aria-labelledby="how-to-pay" className="space-y-2 text-sm">
      <h2 id="how-to-pay" className="text-base font-semibold">
        {t('howToPay')}
      </h2>
      <ol className="list-decimal space-y-1 pl-5 text-ink">
        <li>{t('step1')}</li>
        <li>{t('step2')}</li>
        <li>
          {t.rich('step3', {
            ref: () => <span className="font-mono font-semibold">{transferReference}</span>,
          })}
        </li>
        <li>{t('step4')}</li>
      </ol>
      <p className="text-muted">
        {t.rich('payBefore', {
          deadline: formatDateTime(payBy, locale),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <p className="text-muted">
        {t.rich('acceptTerms', {
          terms: (chunks) => (
            <Link href="/terms" className="text-brand-600 underline">
              {chunks}
            </Link>
          ),
          refund: (chunks) => (
            <Link href="/refund-policy" className="text-brand-600 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </section>
  );
}
