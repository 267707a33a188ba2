import { Link } from '@/i18n/navigation';
import type { ReactNode } from 'react';
import { ActionButton } from '@/components/admin/action-button';
import { BackLink, HistorySection } from '@/components/admin/page-parts';
import { RejectForm } from '@/components/admin/purchases/reject-form';
import { PurchaseStatusBadge } from '@/components/admin/status-badge';
import { getAdminPurchase } from '@/db/queries/admin/purchases';
import { formatAge } from '@/lib/admin/format';
import { formatDateTime } from '@/lib/format-date-time';
import { approvePurchaseAction, rejectPurchaseAction } from '@/actions/admin/purchases';
import { adminEntity } from '@/server/pages';
import { formatPrice } from '@/lib/site';
import { LabelledSection } from '@/components/ui/labelled-section';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Purchase' };

export default async function AdminPurchasePage({ params }: { params: Promise<{ id: string }> }) {
  const { row: p, history } = await adminEntity(params, 'purchase', getAdminPurchase);
  const facts: Array<[string, ReactNode]> = [
    ['Status', <PurchaseStatusBadge key="s" status={p.status} rejectReason={p.rejectReason} />],
    [
      'Buyer',
      <Link
        key="b"
        href={`/admin/users/${p.buyerId}`}
        className="text-brand-600 hover:underline"
      >{`${p.buyerName} (${p.buyerEmail})`}</Link>,
    ],
    [
      'Workflow',
      <Link key="w" href={`/admin/workflows/${p.workflowId}`} className="text-brand-600 hover:underline">
        {p.workflowTitle}
      </Link>,
    ],
    ['Amount', formatPrice(p.amount)],
    [
      'Transfer reference',
      <span key="r" className="font-mono">
        {p.transferReference}
      </span>,
    ],
    ['Created', `${formatDateTime(p.createdAt)} (${formatAge(p.createdAt)} ago)`],
  ];
  if (p.reviewedAt)
    facts.push(['Decided', `${formatDateTime(p.reviewedAt)}${p.reviewerName ? ` by ${p.reviewerName}` : ''}`]);
  if (p.rejectReason) facts.push(['Reason', p.rejectReason]);
  if (p.invoiceNumber) facts.push(['Invoice', p.invoiceNumber]);
  return (
    <>
      <BackLink href="/admin/purchases">Purchases</BackLink>
      <h1 className="mt-2 text-2xl font-semibold">
        Purchase <span className="font-mono">{p.transferReference}</span>
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
          title="Decide"
          className="mt-6 grid gap-6 rounded-xl border border-line bg-surface p-4 sm:grid-cols-2"
          headingClassName="font-semibold sm:col-span-2"
        >
          <div>
            <p className="mb-2 text-sm text-muted">
              Approve when the transfer with this reference has reached the shop’s account.
            </p>
            <ActionButton
              action={approvePurchaseAction}
              fields={{ purchaseId: p.id }}
              variant="primary"
              pendingLabel="Approving…"
            >
              Approve
            </ActionButton>
          </div>
          <RejectForm purchaseId={p.id} action={rejectPurchaseAction} />
        </LabelledSection>
      ) : null}
      <HistorySection items={history} />
    </>
  );
}
