import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { ActionButton } from '@/components/admin/action-button';
import { BackLink, HistorySection } from '@/components/admin/page-parts';
import { RejectForm } from '@/components/admin/purchases/reject-form';
import { PurchaseStatusBadge } from '@/components/admin/status-badge';
import { getAdminPurchase } from '@/db/queries/admin/purchases';
import { localeOf, pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { formatAge } from '@/lib/admin/format';
import { formatDateTime } from '@/lib/format-date-time';
import { approvePurchaseAction, rejectPurchaseAction } from '@/actions/admin/purchases';
import { adminEntity } from '@/server/pages';
import { formatPrice } from '@/lib/site';
import { LabelledSection } from '@/components/ui/labelled-section';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: 'admin' });
  return { title: t('purchase.title') };
}

export default async function AdminPurchasePage({ params }: { params: Promise<{ id: string; locale: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('admin');
  const { row: p, history } = await adminEntity(params, 'purchase', getAdminPurchase);
  const facts: Array<[string, ReactNode]> = [
    [t('purchase.status'), <PurchaseStatusBadge key="s" status={p.status} rejectReason={p.rejectReason} />],
    [
      t('purchase.buyer'),
      <Link
        key="b"
        href={`/admin/users/${p.buyerId}`}
        className="text-brand-600 hover:underline"
      >{`${p.buyerName} (${p.buyerEmail})`}</Link>,
    ],
    [
      t('purchase.workflow'),
      <Link key="w" href={`/admin/workflows/${p.workflowId}`} className="text-brand-600 hover:underline">
        {p.workflowTitle}
      </Link>,
    ],
    [t('purchase.amount'), formatPrice(p.amount, locale)],
    [
      t('purchase.reference'),
      <span key="r" className="font-mono">
        {p.transferReference}
      </span>,
    ],
    [
      t('purchase.created'),
      t('purchase.createdAt', {
        date: formatDateTime(p.createdAt, locale),
        age: formatAge(p.createdAt, new Date(), locale),
      }),
    ],
  ];
  if (p.reviewedAt)
    facts.push([
      t('purchase.decided'),
      p.reviewerName
        ? t('purchase.decidedBy', { date: formatDateTime(p.reviewedAt, locale), name: p.reviewerName })
        : formatDateTime(p.reviewedAt, locale),
    ]);
  if (p.rejectReason) facts.push([t('purchase.reason'), p.rejectReason]);
  if (p.invoiceNumber) facts.push([t('purchase.invoice'), p.invoiceNumber]);
  return (
    <>
      <BackLink href="/admin/purchases">{t('purchases.title')}</BackLink>
      <h1 className="mt-2 text-2xl font-semibold">
        {t('purchase.heading')} <span className="font-mono">{p.transferReference}</span>
      </h1>
      <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {p.status === 'PENDING' ? (
        <LabelledSection
          id="decide-heading"
          title={t('purchase.decide')}
          className="mt-6 grid gap-6 rounded-xl border border-line bg-surface p-4 sm:grid-cols-2"
          headingClassName="font-semibold sm:col-span-2"
        >
          <div>
            <p className="mb-2 text-sm text-muted">{t('purchase.approveHint')}</p>
            <ActionButton
              action={approvePurchaseAction}
              fields={{ purchaseId: p.id }}
              variant="primary"
              pendingLabel={t('purchase.approving')}
            >
              {t('purchase.approve')}
            </ActionButton>
          </div>
          <RejectForm purchaseId={p.id} action={rejectPurchaseAction} />
        </LabelledSection>
      ) : null}
      <HistorySection items={history} />
    </>
  );
}
