import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { Link } from '@/i18n/navigation';
import { CancelPurchaseForm } from '@/components/checkout/cancel-purchase-form';
import { DownloadQrButton } from '@/components/checkout/download-qr-button';
import { PaymentDetails } from '@/components/checkout/payment-details';
import { PaymentInstructions } from '@/components/checkout/payment-instructions';
import { PaymentQr, PAYMENT_QR_ID } from '@/components/checkout/payment-qr';
import { PurchaseStatusBadge } from '@/components/checkout/purchase-status';
import { buttonClass } from '@/components/ui/button-class';
import { getCheckout } from '@/db/queries/purchases';
import { requireUser } from '@/server/auth/guards';
import { foundOr404, paramOr404 } from '@/server/pages';
import { env } from '@/lib/env';
import { formatDateTime } from '@/lib/format-date-time';
import { formatPrice } from '@/lib/site';
import { payeeFromEnv, purchaseQrPayload } from '@/lib/payments/payee';
import { idSchema } from '@/lib/validations/purchases';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'checkout' });
  return { title: t('title'), robots: { index: false } };
}

export default async function CheckoutPage({ params }: { params: Promise<{ locale: string; purchaseId: string }> }) {
  const locale = await pageLocale(params);
  const { purchaseId } = await params;
  const user = await requireUser(`/checkout/${encodeURIComponent(purchaseId)}`);
  const purchase = foundOr404(await getCheckout(user.id, paramOr404(idSchema, purchaseId)));

  const config = env();
  const payee = payeeFromEnv(config);
  const pending = purchase.status === 'PENDING';
  const t = await getTranslations('checkout');

  return (
    <ClientMessages locale={locale} namespaces={['checkout', 'validation']}>
      <div className="mx-auto w-full max-w-5xl px-4 py-8">
        <p className="text-sm text-muted">
          <Link href="/account/purchases" className="hover:underline">
            {t('yourPurchases')}
          </Link>{' '}
          / {t('title')}
        </p>
        <h1 className="mt-1 text-2xl font-semibold">{t('heading', { title: purchase.workflow.title })}</h1>

        <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_1.2fr]">
          <section aria-labelledby="order-summary" className="space-y-4">
            <h2 id="order-summary" className="sr-only">
              {t('orderSummary')}
            </h2>
            <PurchaseStatusBadge
              key={purchase.status}
              purchaseId={purchase.id}
              status={purchase.status}
              rejectReason={purchase.rejectReason}
              ttlHours={config.PAYMENT_TTL_HOURS}
            />
            <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-xl border border-line bg-surface p-4 text-sm">
              <dt className="text-muted">{t('workflow')}</dt>
              <dd>
                <Link
                  href={`/workflows/${purchase.workflow.slug}`}
                  className="font-medium text-brand-600 hover:underline"
                >
                  {purchase.workflow.title}
                </Link>
              </dd>
              <dt className="text-muted">{t('price')}</dt>
              <dd className="font-semibold">{formatPrice(purchase.amount, locale)}</dd>
              <dt className="text-muted">{t('reference')}</dt>
              <dd className="font-mono">{purchase.transferReference}</dd>
              <dt className="text-muted">{t('ordered')}</dt>
              <dd>{formatDateTime(purchase.createdAt, locale)}</dd>
            </dl>

            {purchase.status === 'ACTIVE' ? (
              <div className="flex flex-wrap gap-3">
                <Link href={`/account/library/${purchase.workflow.slug}`} className={buttonClass('primary')}>
                  {t('openInLibrary')}
                </Link>
                {purchase.invoiceId ? (
                  <Link href={`/account/invoices/${purchase.invoiceId}`} className={buttonClass('secondary')}>
                    {t('viewInvoice')}
                  </Link>
                ) : null}
              </div>
            ) : null}
            {purchase.status === 'REJECT' ? (
              <Link href={`/workflows/${purchase.workflow.slug}`} className={buttonClass('secondary')}>
                {t('backToWorkflow')}
              </Link>
            ) : null}
            {pending ? (
              <PaymentInstructions
                payBy={purchase.payBy}
                transferReference={purchase.transferReference}
                locale={locale}
              />
            ) : null}
          </section>

          {pending ? (
            <section aria-labelledby="pay-by-transfer" className="space-y-4">
              <h2 id="pay-by-transfer" className="text-lg font-semibold">
                {t('scanToPay')}
              </h2>
              <div className="flex flex-col items-center gap-3 sm:flex-row sm:items-start">
                <div className="w-full max-w-[264px] space-y-2">
                  <PaymentQr payload={purchaseQrPayload(payee, purchase)} />
                  <DownloadQrButton svgId={PAYMENT_QR_ID} fileName={`usitech-${purchase.transferReference}.png`} />
                </div>
                <p className="text-sm text-muted">{t('vietQrNote')}</p>
              </div>
              <PaymentDetails
                payee={payee}
                amount={purchase.amount}
                currency={config.SHOP_CURRENCY}
                transferReference={purchase.transferReference}
                locale={locale}
              />
              <CancelPurchaseForm purchaseId={purchase.id} />
            </section>
          ) : null}
        </div>
      </div>
    </ClientMessages>
  );
}
