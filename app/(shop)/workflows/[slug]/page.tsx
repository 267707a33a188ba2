// Placeholder so the checkout journey can run on this branch: the catalog's workflow page replaces it
// and mounts <PurchaseCta> the same way. Keep no logic here.
import { notFound } from 'next/navigation';
import { PurchaseCta } from '@/components/checkout/purchase-cta';
import { getViewerPurchaseState, getWorkflowForSale } from '@/db/queries/purchases';
import { getCurrentUser } from '@/lib/auth/guards';
import { formatMoney } from '@/lib/money';

export default async function WorkflowPage({ params }: { params: Promise<{ slug: string }> }) {
  const workflow = await getWorkflowForSale((await params).slug);
  if (!workflow) notFound();
  const user = await getCurrentUser();
  const viewer = await getViewerPurchaseState(user?.id ?? null, workflow.id);
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-semibold">{workflow.title}</h1>
      <p className="mt-2 text-muted">{workflow.shortDescription}</p>
      <p className="mt-4 text-2xl font-semibold">{formatMoney(workflow.price)}</p>
      <div className="mt-6 max-w-xs">
        <PurchaseCta workflowId={workflow.id} slug={workflow.slug} expired={workflow.expired} viewer={viewer} />
      </div>
    </div>
  );
}
