import type { Metadata } from 'next';
import { Link } from '@/i18n/navigation';
import { PurchaseList } from '@/components/account/purchases/purchase-list';
import { listMyPurchases } from '@/db/queries/purchases';
import { requireUser } from '@/server/auth/guards';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Your purchases' };

export default async function PurchasesPage() {
  const user = await requireUser('/account/purchases');
  const purchases = await listMyPurchases(user.id);
  const config = env();
  return (
    <>
      <h1 className="text-2xl font-semibold">Your purchases</h1>
      <div className="mt-6">
        {purchases.length === 0 ? (
          <p className="text-muted">
            Nothing yet.{' '}
            <Link href="/workflows" className="font-medium text-brand-600 hover:underline">
              Browse the workflows
            </Link>
            .
          </p>
        ) : (
          <PurchaseList purchases={purchases} currency={config.SHOP_CURRENCY} ttlHours={config.PAYMENT_TTL_HOURS} />
        )}
      </div>
    </>
  );
}
