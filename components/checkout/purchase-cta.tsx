import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { ViewerPurchaseState } from '@/db/queries/purchases';
import { buttonClass } from '@/components/ui/button-class';
import { LazyBuyButton } from './lazy-buy-button';

type Props = {
  workflowId: string;
  slug: string;
  /** The workflow is no longer for sale (owners keep it). */
  expired: boolean;
  viewer: ViewerPurchaseState;
  /** The small screens' buy bar: the button alone, without the line under it. */
  compact?: boolean;
};

/**
 * The workflow page's call to action for this viewer: "Buy now", "Continue payment" (an open purchase),
 * "Open in library" (owned), or "No longer available". A signed-out visitor's "Buy now" goes to the
 * sign-in page and comes back here.
 */
export function PurchaseCta({ workflowId, slug, expired, viewer, compact = false }: Props) {
  const t = useTranslations('workflow');
  const page = `/workflows/${slug}`;
  if (viewer.kind === 'owned') {
    return (
      <Link href={`/account/library/${slug}`} className={buttonClass('primary', 'w-full')}>
        {t('openInLibrary')}
      </Link>
    );
  }
  if (viewer.kind === 'pending') {
    return (
      <div className="space-y-2">
        <Link href={`/checkout/${viewer.purchaseId}`} className={buttonClass('primary', 'w-full')}>
          {t('continuePayment')}
        </Link>
        {compact ? null : <p className="text-center text-xs text-muted">{t('orderWaiting')}</p>}
      </div>
    );
  }
  if (expired) {
    return (
      <p className="rounded-lg border border-line bg-canvas px-4 py-2 text-center text-sm font-medium text-muted">
        {t('cannotBuy')}
      </p>
    );
  }
  if (viewer.kind === 'signed-out') {
    return (
      <form action="/login" method="get" className="space-y-2">
        <input type="hidden" name="callbackUrl" value={page} />
        <button type="submit" className={buttonClass('primary', 'w-full')}>
          {t('buyNow')}
        </button>
        {compact ? null : <p className="text-center text-xs text-muted">{t('signInFirst')}</p>}
      </form>
    );
  }
  return <LazyBuyButton workflowId={workflowId} label={t('buyNow')} pendingLabel={t('openingCheckout')} />;
}
