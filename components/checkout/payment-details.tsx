import type { Payee } from '@/lib/payments/payee';
import { formatQrAmount } from '@/lib/payments/vietqr';
import { formatMoney } from '@/lib/money';
import { CopyButton } from './copy-button';

type Props = { payee: Payee; amount: string; currency: string; transferReference: string };

/** What the buyer types into a banking app when they cannot scan: each value with its own Copy button. */
export function PaymentDetails({ payee, amount, currency, transferReference }: Props) {
  const rows = [
    { term: 'Bank', shown: payee.bankName, copy: payee.bankName, label: 'bank name' },
    {
      term: 'Account number',
      shown: payee.accountNumber,
      copy: payee.accountNumber,
      label: 'account number',
      mono: true,
    },
    { term: 'Account holder', shown: payee.accountName, copy: payee.accountName, label: 'account holder' },
    {
      term: 'Amount',
      shown: formatMoney(amount, currency),
      copy: formatQrAmount(amount),
      label: 'amount',
      strong: true,
    },
    {
      term: 'Transfer content',
      shown: transferReference,
      copy: transferReference,
      label: 'transfer reference',
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
