import type { Metadata } from 'next';
import { Link } from '@/i18n/navigation';
import { CancelPurchaseForm } from '@/components/checkout/cancel-purchase-form';
import { DownloadQrButton } from '@/components/checkout/download-qr-button';
import { PaymentDetails } from '@/components/checkout/payment-details';
import { PaymentInstructions } from '@/components/checkout/payment-instructions';
import { PaymentQr, PAYMENT_QR_ID } from '@/components/checkout/payment-qr';
import { PurchaseStatusBadge } from '@/components/checkout/purchase-status';
import { buttonClass } from '@/components/ui/button';
import { getCheckout } from '@/db/queries/purchases';
import { requireUser } from '@/server/auth/guards';
import { foundOr404, paramOr404 } from '@/server/pages';
import { env } from '@/lib/env';
import { formatDateTime } from '@/lib/format-date-time';
import { formatPrice } from '@/lib/site';
import { payeeFromEnv, purchaseQrPayload } from '@/lib/payments/payee';
import { idSchema } from '@/lib/validations/purchases';

export const metadata: Metadata = { title: 'Checkout', robots: { index: false } };

export default async function CheckoutPage({ params }: { params: Promise<{ purchaseId: string }> }) {
  const { purchaseId } = await params;
  const user = await requireUser(`/checkout/${encodeURIComponent(purchaseId)}`);
  const purchase = foundOr404(await getCheckout(user.id, paramOr404(idSchema, purchaseId)));

  const config = env();
  const payee = payeeFromEnv(config);
  const pending = purchase.status === 'PENDING';

  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-8">
      <p className="text-sm text-muted">
        <Link href="/account/purchases" className="hover:underline">
          Your purchases
        </Link>{' '}
        / Checkout
      </p>
      <h1 className="mt-1 text-2xl font-semibold">Pay for “{purchase.workflow.title}”</h1>

      <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_1.2fr]">
        <section aria-labelledby="order-summary" className="space-y-4">
          <h2 id="order-summary" className="sr-only">
            Order summary
          </h2>
          <PurchaseStatusBadge
            key={purchase.status}
            purchaseId={purchase.id}
            status={purchase.status}
            rejectReason={purchase.rejectReason}
            ttlHours={config.PAYMENT_TTL_HOURS}
          />
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-xl border border-line bg-surface p-4 text-sm">
            <dt className="text-muted">Workflow</dt>
            <dd>
              <Link
                href={`/workflows/${purchase.workflow.slug}`}
                className="font-medium text-brand-600 hover:underline"
              >
                {purchase.workflow.title}
              </Link>
            </dd>
            <dt className="text-muted">Price</dt>
            <dd className="font-semibold">{formatPrice(purchase.amount)}</dd>
            <dt className="text-muted">Reference</dt>
            <dd className="font-mono">{purchase.transferReference}</dd>
            <dt className="text-muted">Ordered</dt>
            <dd>{formatDateTime(purchase.createdAt)}</dd>
          </dl>

          {purchase.status === 'ACTIVE' ? (
            <div className="flex flex-wrap gap-3">
              <Link href={`/account/library/${purchase.workflow.slug}`} className={buttonClass('primary')}>
                Open in library
              </Link>
              {purchase.invoiceId ? (
                <Link href={`/account/invoices/${purchase.invoiceId}`} className={buttonClass('secondary')}>
                  View invoice
                </Link>
              ) : null}
            </div>
          ) : null}
          {purchase.status === 'REJECT' ? (
            <Link href={`/workflows/${purchase.workflow.slug}`} className={buttonClass('secondary')}>
              Back to the workflow
            </Link>
          ) : null}
          {pending ? (
            <PaymentInstructions payBy={purchase.payBy} transferReference={purchase.transferReference} />
          ) : null}
        </section>

        {pending ? (
          <section aria-labelledby="pay-by-transfer" className="space-y-4">
            <h2 id="pay-by-transfer" className="text-lg font-semibold">
              Scan to pay by bank transfer
            </h2>
            <div className="flex flex-col items-center gap-3 sm:flex-row sm:items-start">
              <div className="w-full max-w-[264px] space-y-2">
                <PaymentQr payload={purchaseQrPayload(payee, purchase)} />
                <DownloadQrButton svgId={PAYMENT_QR_ID} fileName={`usitech-${purchase.transferReference}.png`} />
              </div>
              <p className="text-sm text-muted">
                VietQR works with every Vietnamese banking app. The code carries the exact amount and the transfer
                content.
              </p>
            </div>
            <PaymentDetails
              payee={payee}
              amount={purchase.amount}
              currency={config.SHOP_CURRENCY}
              transferReference={purchase.transferReference}
            />
            <CancelPurchaseForm purchaseId={purchase.id} />
          </section>
        ) : null}
      </div>
    </div>
  );
}
