import { Link } from '@/i18n/navigation';
import { formatDateTime } from '@/lib/format-date-time';

/** Plain steps for paying by bank transfer. */
export function PaymentInstructions({ payBy, transferReference }: { payBy: Date; transferReference: string }) {
  return (
    <section aria-labelledby="how-to-pay" className="space-y-2 text-sm">
      <h2 id="how-to-pay" className="text-base font-semibold">
        How to pay
      </h2>
      <ol className="list-decimal space-y-1 pl-5 text-ink">
        <li>Open your banking app and choose to scan a QR code (or transfer by account number).</li>
        <li>Scan the code: the bank, the account, the exact amount and the transfer content are filled in for you.</li>
        <li>
          If you type the transfer yourself, enter the content{' '}
          <span className="font-mono font-semibold">{transferReference}</span> exactly, and the exact amount, so we can
          match your payment.
        </li>
        <li>
          Confirm the transfer. This page shows “Paid” as soon as we confirm it; you will also get a notification.
        </li>
      </ol>
      <p className="text-muted">
        Please pay before <strong>{formatDateTime(payBy)}</strong> (Vietnam time). After that the order closes and you
        can start a new one.
      </p>
      <p className="text-muted">
        By paying you accept our{' '}
        <Link href="/terms" className="text-brand-600 underline">
          Terms of Service
        </Link>{' '}
        and our{' '}
        <Link href="/refund-policy" className="text-brand-600 underline">
          Refund policy
        </Link>
        .
      </p>
    </section>
  );
}
