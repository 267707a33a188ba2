import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Payee } from '@/lib/payments/payee';
import { formatQrAmount } from '@/lib/payments/vietqr';
import { formatMoney } from '@/lib/money';
import { CopyButton } from './copy-button';

type Props = { payee: Payee; amount: string; currency: string; transferReference: string; locale: Locale };

/** What the buyer types into a banking app when they cannot scan: each value with its own Copy button. */
export async function PaymentDetails({ payee, amount, currency, transferReference, locale }: Props) {
  const t = await getTranslations('checkout');
  const rows = [
    { term: t('bank'), shown: payee.bankName, copy: payee.bankName, label: t('copyBankName') },
    {
      term: t('accountNumber'),
      shown: payee.accountNumber,
      copy: payee.accountNumber,
      label: t('copyAccountNumber'),
      mono: true,
    },
    { term: t('accountHolder'), shown: payee.accountName, copy: payee.accountName, label: t('copyAccountHolder') },
    {
      term: t('amount'),
      shown: formatMoney(amount, currency, locale),
      copy: formatQrAmount(amount),
      label: t('copyAmount'),
      strong: true,
    },
    {
      term: t('transferContent'),
      shown: transferReference,
      copy: transferReference,
      label: t('copyReference'),
      mono: true,
      strong: true,
    },
  ];
  return (
    <dl className="divide-y divide-line rounded-xl border border-line bg-surface">
      {rows.map((r) => (
        <div key={r.term} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
          <dt className="text-sm text-muted">{r.term}</dt>
          <dd className="flex items-center gap-3">
            <span
              className={`${r.mono ? 'font-mono tracking-wide' : ''} ${r.strong ? 'text-lg font-semibold' : 'font-medium'}`}
            >
              {r.shown}
            </span>
            <CopyButton value={r.copy} label={r.label} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
